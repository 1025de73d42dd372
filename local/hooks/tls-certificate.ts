import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';

/**
 * A self-signed certificate for 127.0.0.1 and localhost, made at stack start with node:crypto alone (an
 * ECDSA P-256 key, the X.509 structure written in DER here, as node:crypto signs but does not issue
 * certificates). Only the local stack's own HTTPS client trusts it (as its `ca`): nothing is installed.
 */
export interface LocalCertificate {
  /** PEM of the certificate: the server's and, as the only trusted root, the client's `ca`. */
  cert: string;
  key: string;
}

const tag = {
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  oid: 0x06,
  utf8: 0x0c,
  utcTime: 0x17,
  sequence: 0x30,
  set: 0x31,
};

function der(type: number, content: Buffer): Buffer {
  const length = content.length;
  if (length < 0x80) return Buffer.concat([Buffer.from([type, length]), content]);
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest >>= 8) bytes.unshift(rest & 0xff);
  return Buffer.concat([Buffer.from([type, 0x80 | bytes.length, ...bytes]), content]);
}

const sequence = (...items: Buffer[]) => der(tag.sequence, Buffer.concat(items));

function oid(dotted: string): Buffer {
  const [first, second, ...rest] = dotted.split('.').map(Number) as [number, number, ...number[]];
  const bytes = [first * 40 + second];
  for (const arc of rest) {
    const chunk = [arc & 0x7f];
    for (let value = arc >> 7; value > 0; value >>= 7) chunk.unshift((value & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return der(tag.oid, Buffer.from(bytes));
}

function utcTime(ms: number): Buffer {
  const text = new Date(ms).toISOString().replace(/[-:T]/g, '').slice(2, 14);
  return der(tag.utcTime, Buffer.from(`${text}Z`));
}

const ecdsaWithSha256 = sequence(oid('1.2.840.10045.4.3.2'));

export function localCertificate(): LocalCertificate {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  // Real time, not the process's simulated Date: OpenSSL checks validity on the real clock.
  const now = performance.timeOrigin + performance.now();
  const name = sequence(
    der(tag.set, sequence(oid('2.5.4.3'), der(tag.utf8, Buffer.from('appmesh-canary local stack')))),
  );
  const serial = Buffer.concat([Buffer.from([0x01]), randomBytes(15)]);
  const altNames = sequence(der(0x82, Buffer.from('localhost')), der(0x87, Buffer.from([127, 0, 0, 1])));
  const extensions = der(
    0xa3,
    sequence(
      sequence(oid('2.5.29.17'), der(tag.octetString, altNames)),
      // CA:TRUE: the certificate is its own trust anchor for the client.
      sequence(oid('2.5.29.19'), der(tag.octetString, sequence(Buffer.from([0x01, 0x01, 0xff])))),
    ),
  );
  const tbs = sequence(
    der(0xa0, der(tag.integer, Buffer.from([2]))),
    der(tag.integer, serial),
    ecdsaWithSha256,
    name,
    sequence(utcTime(now - 86_400_000), utcTime(now + 365 * 86_400_000)),
    name,
    publicKey.export({ type: 'spki', format: 'der' }),
    extensions,
  );
  const signature = sign('sha256', tbs, privateKey);
  const certificate = sequence(
    tbs,
    ecdsaWithSha256,
    der(tag.bitString, Buffer.concat([Buffer.from([0]), signature])),
  );
  const base64 = certificate.toString('base64').replace(/.{64}/g, '$&\n');
  return {
    cert: `-----BEGIN CERTIFICATE-----\n${base64.trimEnd()}\n-----END CERTIFICATE-----\n`,
    key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}
