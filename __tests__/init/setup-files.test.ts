import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { workflowGrants } from '../../infra/workflow-role.js';
import { actionInputs } from '../../src/config/action-inputs.js';
import { cdkDeployCommand } from '../../src/init/setup/cdk-command.js';
import type { SetupNames } from '../../src/init/setup/setup-names.js';
import { setupFiles } from '../../src/init/setup/setup-output.js';

const listenerArn =
  'arn:aws:elasticloadbalancing:eu-west-1:111122223333:listener/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2';
const ruleArn =
  'arn:aws:elasticloadbalancing:eu-west-1:111122223333:listener-rule/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee';
const names: SetupNames = {
  region: 'eu-west-1',
  account: '111122223333',
  cluster: 'shop',
  stableService: 'checkout',
  canaryService: 'checkout-canary',
  route: { router: 'alb', listenerArn, ruleArn },
  stableTargetGroup: 'checkout',
  canaryTargetGroup: 'checkout-canary',
  stateMachineName: 'appmesh-canary',
  passRoles: [
    'arn:aws:iam::111122223333:role/checkout-task',
    'arn:aws:iam::111122223333:role/checkout-execution',
  ],
};

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

describe('what init writes for an ALB setup', () => {
  const files = setupFiles(names);
  const byPath = Object.fromEntries(files.map((file) => [file.path, file.text]));

  it('writes the three workflows and the workflow role policy', () => {
    expect(Object.keys(byPath)).toEqual([
      '.github/workflows/deploy-checkout.yml',
      '.github/workflows/rollback-checkout.yml',
      '.github/workflows/promote-checkout.yml',
      'appmesh-canary/workflow-role-policy.json',
    ]);
  });

  it("gives the Action only inputs it has, with this setup's names", () => {
    const known = new Set(actionInputs.map((input) => input.name));
    for (const path of Object.keys(byPath).filter((one) => one.endsWith('.yml'))) {
      const workflow = parse(byPath[path]!) as { jobs: Record<string, { steps: Step[] }> };
      const step = Object.values(workflow.jobs)
        .flatMap((job) => job.steps)
        .find((one) => one.uses?.startsWith('org/appmesh-canary@'))!;
      const inputs = step.with ?? {};
      expect({ path, unknown: Object.keys(inputs).filter((name) => !known.has(name)) }).toEqual({
        path,
        unknown: [],
      });
      expect(inputs).toEqual(
        expect.objectContaining({
          router: 'alb',
          cluster: 'shop',
          'listener-rule-arn': ruleArn,
          'stable-target-group': 'checkout',
          'canary-target-group': 'checkout-canary',
          'state-machine-arn': 'arn:aws:states:eu-west-1:111122223333:stateMachine:appmesh-canary',
        }),
      );
    }
  });

  it("grants the ALB deployment's statements with every placeholder filled", () => {
    const text = byPath['appmesh-canary/workflow-role-policy.json']!;
    expect(text).not.toMatch(/REGION|ACCOUNT|STATE_MACHINE_NAME|LB_NAME|LB_ID|LISTENER_ID|serviceBv2|taskB/);
    const policy = JSON.parse(text) as {
      Statement: Array<{ Sid: string; Action: string | string[]; Resource: string | string[] }>;
    };
    const expected = workflowGrants.filter((grant) => grant.router === undefined || grant.router === 'alb');
    expect(policy.Statement.map((statement) => [statement.Sid, [statement.Action].flat()])).toEqual(
      expected.map((grant) => [grant.sid, [...grant.actions]]),
    );
    const resources = policy.Statement.flatMap((statement) => [statement.Resource].flat());
    expect(resources).toEqual(
      expect.arrayContaining([
        'arn:aws:ecs:eu-west-1:111122223333:service/shop/checkout',
        'arn:aws:ecs:eu-west-1:111122223333:service/shop/checkout-canary',
        ...names.passRoles,
        'arn:aws:elasticloadbalancing:eu-west-1:111122223333:listener-rule/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2/*',
      ]),
    );
  });

  it('names the state machine the workflows call in the cdk command', () => {
    expect(cdkDeployCommand(names)).toContain('-c stateMachineName=appmesh-canary');
    expect(cdkDeployCommand(names)).toContain(`-c listenerArns=${listenerArn}`);
  });
});

describe('what init writes for a VPC Lattice setup', () => {
  const lattice: SetupNames = {
    ...names,
    route: {
      router: 'vpc-lattice',
      serviceName: 'checkout',
      serviceId: 'svc-0123456789abcdef0',
      listener: 'http-80',
      rule: 'all-paths',
      stableTargetGroupId: 'tg-0123456789abcdef1',
      canaryTargetGroupId: 'tg-0123456789abcdef2',
    },
  };
  const files = setupFiles(lattice);

  it("fills the workflows with the router's inputs and its metrics preset", () => {
    const workflow = parse(files[0]!.text) as { jobs: Record<string, { steps: Step[] }> };
    const step = Object.values(workflow.jobs)
      .flatMap((job) => job.steps)
      .find((one) => one.uses?.startsWith('org/appmesh-canary@'))!;
    const known = new Set(actionInputs.map((input) => input.name));
    expect(Object.keys(step.with ?? {}).filter((name) => !known.has(name))).toEqual([]);
    expect(step.with).toEqual(
      expect.objectContaining({
        router: 'vpc-lattice',
        'lattice-service': 'checkout',
        'lattice-listener': 'http-80',
        'lattice-rule': 'all-paths',
        'metrics-preset': 'lattice-target-group',
      }),
    );
    expect(step.with).not.toHaveProperty('listener-rule-arn');
  });

  it("grants the VPC Lattice deployment's statements, the service and target groups by ID", () => {
    const text = files[3]!.text;
    expect(text).not.toMatch(/REGION|ACCOUNT|SERVICE_ID|STABLE_TG_ID|CANARY_TG_ID|elasticloadbalancing/);
    expect(text).toContain('arn:aws:vpc-lattice:eu-west-1:111122223333:targetgroup/tg-0123456789abcdef2');
    expect(text).toContain(
      'arn:aws:vpc-lattice:eu-west-1:111122223333:service/svc-0123456789abcdef0/listener/*',
    );
  });

  it('gives the cdk command the service by ID', () => {
    expect(cdkDeployCommand(lattice)).toContain('-c latticeServices=svc-0123456789abcdef0');
  });
});

describe('what init writes for an App Mesh setup', () => {
  const mesh: SetupNames = {
    ...names,
    route: {
      router: 'app-mesh',
      mesh: 'shop',
      virtualRouter: 'checkout',
      route: 'checkout',
      stableNode: 'checkout',
      canaryNode: 'checkout-canary',
    },
  };
  const { stableTargetGroup: _s, canaryTargetGroup: _c, ...withoutGroups } = mesh;
  const files = setupFiles(withoutGroups);

  it('names the mesh, router, route and nodes in the workflows, with no target group', () => {
    const workflow = parse(files[0]!.text) as { jobs: Record<string, { steps: Step[] }> };
    const step = Object.values(workflow.jobs)
      .flatMap((job) => job.steps)
      .find((one) => one.uses?.startsWith('org/appmesh-canary@'))!;
    const known = new Set(actionInputs.map((input) => input.name));
    expect(Object.keys(step.with ?? {}).filter((name) => !known.has(name))).toEqual([]);
    expect(step.with).toEqual(
      expect.objectContaining({
        router: 'app-mesh',
        mesh: 'shop',
        'virtual-router': 'checkout',
        route: 'checkout',
        'stable-node': 'checkout',
        'canary-node': 'checkout-canary',
        'metrics-preset': 'envoy-container-insights',
      }),
    );
    expect(Object.keys(step.with ?? {}).filter((name) => name.includes('target-group'))).toEqual([]);
  });

  it("grants the mesh's statements on this mesh, owned by this account", () => {
    const text = files[3]!.text;
    expect(text).not.toMatch(/REGION|ACCOUNT|MESH_OWNER|mesh\/apps|vpc-lattice|elasticloadbalancing/);
    expect(text).toContain('arn:aws:appmesh:eu-west-1:111122223333:mesh/shop/virtualRouter/*');
    expect(cdkDeployCommand(mesh)).toContain('-c mesh=shop');
  });
});
