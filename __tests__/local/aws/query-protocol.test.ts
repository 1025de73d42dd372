import { describe, expect, it } from '@jest/globals';
import { parseQueryForm, queryError, queryList, toXml } from '../../../local/aws/query-protocol.js';

describe('the Query protocol form', () => {
  it('reads Action, Version, lists (member.N from 1) and nested members', () => {
    const body = [
      'Action=ModifyRule',
      'Version=2015-12-01',
      'RuleArn=arn%3Aaws%3Aelasticloadbalancing%3Aus-west-2%3A1%3Alistener-rule%2Fapp%2Fa%2Fb%2Fc%2Fd',
      'Actions.member.1.Type=forward',
      'Actions.member.1.ForwardConfig.TargetGroups.member.2.TargetGroupArn=tg-2',
      'Actions.member.1.ForwardConfig.TargetGroups.member.2.Weight=25',
      'Actions.member.1.ForwardConfig.TargetGroups.member.1.TargetGroupArn=tg-1',
      'Actions.member.1.ForwardConfig.TargetGroups.member.1.Weight=75',
      'Actions.member.1.ForwardConfig.TargetGroupStickinessConfig.Enabled=false',
      'Conditions=',
    ].join('&');
    const { action, version, params } = parseQueryForm(body);
    expect(action).toBe('ModifyRule');
    expect(version).toBe('2015-12-01');
    expect(params).toEqual({
      RuleArn: 'arn:aws:elasticloadbalancing:us-west-2:1:listener-rule/app/a/b/c/d',
      Actions: [
        {
          Type: 'forward',
          ForwardConfig: {
            TargetGroups: [
              { TargetGroupArn: 'tg-1', Weight: '75' },
              { TargetGroupArn: 'tg-2', Weight: '25' },
            ],
            TargetGroupStickinessConfig: { Enabled: 'false' },
          },
        },
      ],
      Conditions: '',
    });
    expect(queryList(params.Conditions)).toEqual([]);
    expect(queryList(params.Missing)).toBeUndefined();
  });

  it('drops the holes of a list whose indexes skip', () => {
    const { params } = parseQueryForm('Action=X&Version=1&Names.member.1=a&Names.member.3=c');
    expect(queryList(params.Names)).toEqual(['a', 'c']);
  });
});

describe('the XML answer', () => {
  it('writes lists as member elements, dates in ISO 8601, and escapes text', () => {
    expect(
      toXml({ Names: ['a<b', 'c&d'], At: new Date(0), Empty: [], Skipped: undefined, On: true, Port: 80 }),
    ).toBe(
      '<Names><member>a&lt;b</member><member>c&amp;d</member></Names><At>1970-01-01T00:00:00.000Z</At><Empty></Empty><On>true</On><Port>80</Port>',
    );
  });

  it('answers a 5xx as a Receiver error and a 4xx as a Sender error', () => {
    expect(queryError('ns', { code: 'InternalFailure', message: 'm', status: 500 })).toContain(
      '<Type>Receiver</Type>',
    );
    expect(queryError('ns', { code: 'ValidationError', message: '"x" <y>', status: 400 })).toContain(
      '<Type>Sender</Type><Code>ValidationError</Code><Message>&quot;x&quot; &lt;y&gt;</Message>',
    );
  });
});
