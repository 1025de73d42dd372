import { type SetupNames, slug, stateMachineArnOf, workflowRoleArnOf } from './setup-names.js';

/** One file a setup writes: its path under the repository, and its text. */
export interface SetupFile {
  path: string;
  text: string;
}

/** The Action's inputs that name this setup's router and both sides: the same in every workflow. */
function routeInputs(names: SetupNames): string[] {
  const { route } = names;
  const groups = [
    `stable-target-group: ${names.stableTargetGroup}`,
    `canary-target-group: ${names.canaryTargetGroup}`,
  ];
  const where =
    route.router === 'alb'
      ? [`listener-arn: ${route.listenerArn}`, `listener-rule-arn: ${route.ruleArn}`, ...groups]
      : route.router === 'vpc-lattice'
        ? [
            `lattice-service: ${route.serviceName}`,
            `lattice-listener: ${route.listener}`,
            ...(route.rule ? [`lattice-rule: ${route.rule}`] : []),
            ...groups,
          ]
        : [
            `mesh: ${route.mesh}`,
            `virtual-router: ${route.virtualRouter}`,
            `route: ${route.route}`,
            `stable-node: ${route.stableNode}`,
            `canary-node: ${route.canaryNode}`,
          ];
  return [
    `state-machine-arn: ${stateMachineArnOf(names)}`,
    `cluster: ${names.cluster}`,
    `router: ${route.router}`,
    ...where,
  ];
}

/** The metrics preset of the router's own per-target-group metrics. */
const metricsPresets = {
  alb: 'alb-target-group',
  'vpc-lattice': 'lattice-target-group',
  'app-mesh': 'envoy-container-insights',
} as const;

function credentials(names: SetupNames): string[] {
  return [
    '      - uses: aws-actions/configure-aws-credentials@v4',
    '        with:',
    `          role-to-assume: ${workflowRoleArnOf(names)}`,
    `          aws-region: ${names.region}`,
  ];
}

/** A GitHub Actions expression, evaluated by the runner: ${{ inner }}. */
const expression = (inner: string) => `\${{ ${inner} }}`;

const indent = (lines: string[], spaces: number) => lines.map((line) => `${' '.repeat(spaces)}${line}`);

/** Deploy on merge: build, push, then the canary on the new image (add `pause` to steps to wait for approval). */
export function deployWorkflow(names: SetupNames): SetupFile {
  const service = slug(names.stableService);
  const text = [
    `# Deploy ${names.stableService} as a canary on every push to main (written by appmesh-canary init).`,
    `name: deploy ${names.stableService}`,
    'on:',
    '  push:',
    '    branches: [main]',
    '',
    'permissions:',
    '  id-token: write # OIDC to AWS: no long-lived keys',
    '  contents: read',
    '  deployments: write',
    '',
    '# One deployment per service at a time; a newer merge waits for the running canary.',
    'concurrency:',
    `  group: deploy-${service}`,
    '  cancel-in-progress: false',
    '',
    'jobs:',
    '  deploy:',
    '    runs-on: ubuntu-latest',
    '    timeout-minutes: 90',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '',
    ...credentials(names),
    '',
    '      - id: ecr',
    '        uses: aws-actions/amazon-ecr-login@v2',
    '',
    '      - id: build',
    '        env:',
    `          IMAGE: \${{ steps.ecr.outputs.registry }}/${service}:\${{ github.sha }}`,
    '        run: |',
    '          docker build -t "$IMAGE" .',
    '          docker push "$IMAGE"',
    '          echo "image=$IMAGE" >> "$GITHUB_OUTPUT"',
    '',
    '      - id: canary',
    '        uses: org/appmesh-canary@v1',
    '        with:',
    ...indent(
      [
        ...routeInputs(names),
        `service: ${names.canaryService} # receives the new version first`,
        `stable-service: ${names.stableService} # runs it after promotion`,
        `image: ${expression('steps.build.outputs.image')}`,
        'steps: 25,50,100 # 25,50,pause,100 holds at 50% until the promote workflow runs',
        'bake-time: 5m',
        'check-interval: 1m',
        `metrics-preset: ${metricsPresets[names.route.router]}`,
        'max-error-rate: 1',
        'environment: production',
        `github-token: ${expression('github.token')}`,
      ],
      10,
    ),
    '',
  ].join('\n');
  return { path: `.github/workflows/deploy-${service}.yml`, text };
}

/** Roll back by hand: stops a running canary, or reverts the last promotion. */
export function rollbackWorkflow(names: SetupNames): SetupFile {
  const service = slug(names.stableService);
  return {
    path: `.github/workflows/rollback-${service}.yml`,
    text: modeWorkflow(names, {
      title: `roll back ${names.stableService}`,
      comment: `# Roll ${names.stableService} back by hand: stops a running canary (its rule is restored) or, when none runs,\n# returns the stable service to the version it ran before the last promotion.`,
      mode: 'rollback',
      group: `rollback-${service}`,
      job: ['  rollback:', '    runs-on: ubuntu-latest'],
    }),
  };
}

/** Approve promotion: resumes a canary paused at a `pause` step; the environment's reviewers approve the job. */
export function promoteWorkflow(names: SetupNames): SetupFile {
  const service = slug(names.stableService);
  return {
    path: `.github/workflows/promote-${service}.yml`,
    text: modeWorkflow(names, {
      title: `promote ${names.stableService}`,
      comment: `# Resume the canary of ${names.stableService} paused at a pause step, once a reviewer of the production\n# environment has approved this job.`,
      mode: 'promote',
      group: `promote-${service}`,
      job: [
        '  promote:',
        '    runs-on: ubuntu-latest',
        '    timeout-minutes: 90',
        '    environment: production # required reviewers approve this job before it runs',
      ],
    }),
  };
}

function modeWorkflow(
  names: SetupNames,
  options: { title: string; comment: string; mode: string; group: string; job: string[] },
): string {
  return [
    options.comment,
    `name: ${options.title}`,
    'on:',
    '  workflow_dispatch:',
    '',
    'permissions:',
    '  id-token: write',
    '  contents: read',
    '  deployments: write',
    '',
    'concurrency:',
    `  group: ${options.group}`,
    '  cancel-in-progress: false',
    '',
    'jobs:',
    ...options.job,
    '    steps:',
    ...credentials(names),
    '',
    '      - uses: org/appmesh-canary@v1',
    '        with:',
    ...indent(
      [
        `mode: ${options.mode}`,
        ...routeInputs(names),
        'environment: production',
        `github-token: ${expression('github.token')}`,
      ],
      10,
    ),
    '',
  ].join('\n');
}
