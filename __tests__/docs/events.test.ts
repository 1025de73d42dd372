import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as sns from 'aws-cdk-lib/aws-sns';
import {
  type CanaryEventDetail,
  canaryEventDetailSchema,
  detailTypes,
  messageOf,
  transitions,
} from '../../src/events/index.js';

/** docs/events.md as people copy it: its examples, its rule pattern, its commands and its CDK snippet. */
const doc = readFileSync('docs/events.md', 'utf8');

interface Block {
  lang: string;
  body: string;
  /** The text between the previous block and this one. */
  before: string;
}

function blocks(text: string): Block[] {
  const found: Block[] = [];
  const fence = /```(\w*)\n([\s\S]*?)\n```/g;
  let last = 0;
  for (let match = fence.exec(text); match; match = fence.exec(text)) {
    found.push({ lang: match[1]!, body: match[2]!, before: text.slice(last, match.index) });
    last = match.index + match[0].length;
  }
  return found;
}

const all = blocks(doc);
const blockAfter = (marker: string) => {
  const block = all.find((candidate) => candidate.before.includes(marker));
  if (!block) throw new Error(`docs/events.md: no code block after "${marker}"`);
  return block;
};

/** A dot path as EventBridge's InputPath and InputPathsMap take it: `$.detail.message`, `$.detail-type`. */
function valueAt(event: unknown, path: string): unknown {
  return path
    .replace(/^\$\.?/, '')
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], event);
}

/** An input transformer applied as EventBridge applies it in a JSON template: each value as JSON. */
function transform(
  transformer: { InputPathsMap: Record<string, string>; InputTemplate: string },
  event: unknown,
): string {
  return transformer.InputTemplate.replace(/<([\w.-]+)>/g, (_, name: string) =>
    JSON.stringify(valueAt(event, transformer.InputPathsMap[name]!)),
  );
}

const envelope = JSON.parse(blockAfter('A `Step Shifted` event as a rule').body) as {
  'detail-type': string;
  source: string;
  resources: string[];
  detail: CanaryEventDetail;
};
const shared = [
  'schemaVersion',
  'deploymentId',
  'executionArn',
  'stateMachineArn',
  'consoleUrl',
  'region',
  'router',
  'routes',
  'stableService',
  'canaryService',
  'taskDefinitionArn',
  'source',
] as const;
const examples = all
  .map((block) => ({ heading: /### `([^`]+)`\s*$/.exec(block.before)?.[1], block }))
  .filter((example): example is { heading: string; block: Block } => example.heading !== undefined)
  .map(({ heading, block }) => {
    const own = JSON.parse(block.body) as Partial<CanaryEventDetail>;
    const common = Object.fromEntries(shared.map((field) => [field, envelope.detail[field]]));
    return { heading, detail: { ...common, ...own } as CanaryEventDetail };
  });
const envelopeOf = (detail: CanaryEventDetail) => ({
  ...envelope,
  'detail-type': detailTypes[detail.transition],
  detail,
});

describe('the examples of docs/events.md', () => {
  it('show a whole event as EventBridge delivers it, valid against the schema', () => {
    expect(envelope.source).toBe('appmesh-canary');
    expect(envelope['detail-type']).toBe(detailTypes[envelope.detail.transition]);
    expect(envelope.resources).toEqual([envelope.detail.executionArn]);
    expect(canaryEventDetailSchema.parse(envelope.detail)).toEqual(envelope.detail);
    expect(envelope.detail.message).toBe(messageOf(envelope.detail));
  });

  it('show one detail of each detail-type, each valid, its message the one the orchestrator writes', () => {
    expect(examples.map((example) => example.heading).sort()).toEqual(Object.values(detailTypes).sort());
    for (const { heading, detail } of examples) {
      expect(canaryEventDetailSchema.safeParse(detail).error).toBeUndefined();
      expect(heading).toBe(detailTypes[detail.transition]);
      expect(detail.message).toBe(messageOf(detail));
      expect(detail.transitionId.startsWith(`${detail.executionArn}/${detail.transition}`)).toBe(true);
    }
  });

  it('list each detail-type with its transition, as the orchestrator names them', () => {
    const rows = [...doc.matchAll(/^\| `([^`]+)` \| `([A-Z_]+)` \|/gm)].map((row) => [row[1], row[2]]);
    expect(rows).toEqual(transitions.map((transition) => [detailTypes[transition], transition]));
  });
});

describe('routing events as docs/events.md shows it', () => {
  const pattern = JSON.parse(blockAfter('`notify-pattern.json`').body) as Record<string, string[]>;
  const matches = (event: { source: string; 'detail-type': string }) =>
    pattern.source!.includes(event.source) && pattern['detail-type']!.includes(event['detail-type']);

  it('matches the events worth a message by source and detail-type, and no other', () => {
    expect(pattern['detail-type']!.every((type) => Object.values(detailTypes).includes(type as never))).toBe(
      true,
    );
    const matched = examples.filter(({ detail }) => matches(envelopeOf(detail)));
    expect(matched.map(({ detail }) => detail.transition).sort()).toEqual(
      ['CHECK_FAILED', 'PAUSED', 'RESUMED', 'PROMOTED', 'ROLLED_BACK', 'ROLLBACK_FAILED'].sort(),
    );
  });

  describe('the email commands, run with a recording aws CLI', () => {
    const dir = mkdtempSync(join(tmpdir(), 'appmesh-canary-docs-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const topicArn = 'arn:aws:sns:us-west-2:123456789012:appmesh-canary';
    const ruleArn = 'arn:aws:events:us-west-2:123456789012:rule/appmesh-canary-notify';

    function run(): string[][] {
      writeFileSync(join(dir, 'notify-pattern.json'), blockAfter('`notify-pattern.json`').body);
      const log = join(dir, 'calls.jsonl');
      writeFileSync(log, '');
      writeFileSync(
        join(dir, 'aws'),
        `#!/usr/bin/env node
const { appendFileSync } = require('node:fs');
const args = process.argv.slice(2);
appendFileSync(${JSON.stringify(log)}, JSON.stringify(args) + '\\n');
if (args[0] === 'sns' && args[1] === 'create-topic') console.log(${JSON.stringify(topicArn)});
if (args[0] === 'events' && args[1] === 'put-rule') console.log(${JSON.stringify(ruleArn)});
`,
      );
      chmodSync(join(dir, 'aws'), 0o755);
      execFileSync('bash', ['-euo', 'pipefail', '-c', blockAfter('### Email (SNS)').body], {
        cwd: dir,
        env: { ...process.env, PATH: `${dir}:${process.env.PATH}` },
      });
      return readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as string[]);
    }

    const option = (call: string[], name: string) => call[call.indexOf(name) + 1]!;

    it('create the topic and rule, let only the rule publish, and send each message by email', () => {
      const calls = run();
      expect(calls.map((call) => call.slice(0, 2).join(' '))).toEqual([
        'sns create-topic',
        'sns subscribe',
        'events put-rule',
        'sns set-topic-attributes',
        'events put-targets',
      ]);
      const [, subscribe, rule, policy, target] = calls;
      expect(option(subscribe!, '--protocol')).toBe('email');
      expect(option(rule!, '--event-pattern')).toBe('file://notify-pattern.json');
      expect(JSON.parse(option(policy!, '--attribute-value'))).toEqual({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Service: 'events.amazonaws.com' },
            Action: 'sns:Publish',
            Resource: topicArn,
            Condition: { ArnEquals: { 'aws:SourceArn': ruleArn } },
          },
        ],
      });
      const targetsGiven = JSON.parse(option(target!, '--targets')) as Array<Record<string, string>>;
      expect(targetsGiven).toEqual([{ Id: 'email', Arn: topicArn, InputPath: '$.detail.message' }]);
      for (const { detail } of examples) {
        expect(valueAt(envelopeOf(detail), targetsGiven[0]!.InputPath!)).toBe(detail.message);
      }
    });
  });

  it('turns each event into a Chatbot custom notification, valid JSON whatever the message holds', () => {
    const [target] = JSON.parse(blockAfter('`chatbot-target.json`').body) as Array<{
      InputTransformer: { InputPathsMap: Record<string, string>; InputTemplate: string };
    }>;
    const awkward = { ...envelope.detail, message: 'a "quoted" \\ <odd> line' };
    for (const detail of [...examples.map((example) => example.detail), awkward]) {
      const notification = JSON.parse(transform(target!.InputTransformer, envelopeOf(detail)));
      expect(notification).toEqual({
        version: '1.0',
        source: 'custom',
        content: { title: detailTypes[detail.transition], description: detail.message },
        metadata: { threadId: detail.executionArn },
      });
    }
  });

  it('does the same in CDK: the snippet synthesizes a rule that sends the message to the topic', () => {
    const snippet = all.find((block) => block.lang === 'ts' && block.before.includes('### CDK'))!.body;
    const stack = new Stack(new App(), 'Notifications');
    const topic = new sns.Topic(stack, 'Topic');
    new Function('events', 'targets', 'topic', snippet).call(stack, events, targets, topic);

    const template = Template.fromStack(stack);
    const rules = Object.values(template.findResources('AWS::Events::Rule'));
    expect(rules).toHaveLength(1);
    const { EventPattern, Targets } = rules[0]!.Properties;
    expect(EventPattern.source).toEqual(['appmesh-canary']);
    expect(
      (EventPattern['detail-type'] as string[]).every((type) =>
        Object.values(detailTypes).includes(type as never),
      ),
    ).toBe(true);
    expect(Targets).toEqual([expect.objectContaining({ InputPath: '$.detail.message' })]);
    template.resourceCountIs('AWS::SNS::TopicPolicy', 1);
  });
});
