/**
 * Every input of the Action, in the order action.yml lists them. The CLI derives its options from this list
 * (same names), and a test keeps action.yml and the README in step with it.
 */
export interface ActionInput {
  name: string;
  description: string;
  default?: string;
  required?: boolean;
  /** A flag without a value on the command line (true/false inputs). */
  flag?: boolean;
}

export const actionInputs: readonly ActionInput[] = [
  {
    name: 'mode',
    default: 'deploy',
    description:
      'What to do: deploy (on merge), rollback (by hand), promote (resume a paused canary, after approval), status, or init (make the canary side from the stable one, once, with the setup role).',
  },
  {
    name: 'dry-run',
    default: 'false',
    flag: true,
    description:
      'Render the task definition and print the plan after the read-only pre-flight; change nothing.',
  },
  {
    name: 'region',
    description: 'AWS region. Default: AWS_REGION (set by aws-actions/configure-aws-credentials).',
  },
  {
    name: 'state-machine-arn',
    description:
      'ARN of the orchestrator state machine (the StateMachineArn output of the infra stack). Required to deploy, to roll back and for the canary part of status.',
  },
  {
    name: 'cluster',
    description:
      'ECS cluster of the canary service (and of the stable one unless stable-cluster says otherwise). Required to deploy.',
  },
  { name: 'service', description: 'ECS service that runs the canary version. Required to deploy.' },
  { name: 'stable-cluster', description: 'ECS cluster of the stable service. Default: cluster.' },
  {
    name: 'stable-service',
    description: 'ECS service that serves production (the stable virtual node). Required to deploy.',
  },
  {
    name: 'task-definition',
    description:
      'Path of the app-only task definition JSON (describe-task-definition output is accepted too). Default: the task definition the canary service runs now.',
  },
  {
    name: 'container-name',
    description: 'The app container. Default: the only essential container that is not envoy or xray-daemon.',
  },
  {
    name: 'image',
    description:
      'New image of the app container, e.g. 123456789012.dkr.ecr.us-west-2.amazonaws.com/serviceb:sha. Default: keep the image.',
  },
  {
    name: 'desired-count',
    description:
      'Tasks of the canary service. Default: its current count, or the stable service count when it is at 0.',
  },
  {
    name: 'wait-for-service-stability',
    default: 'true',
    flag: true,
    description:
      'Wait until the canary service is stable on the new task definition (must be true when a canary follows).',
  },
  {
    name: 'wait-for-minutes',
    default: '60',
    description:
      'Bound, in minutes (1-360), on waiting for a service to become stable and on following the canary to its end.',
  },
  {
    name: 'router',
    default: 'app-mesh',
    description:
      "What splits the traffic: app-mesh (a virtual router's routes), vpc-lattice (a listener rule or default action) or alb (a listener rule or default actions).",
  },
  {
    name: 'mesh',
    description: 'app-mesh router: name of the App Mesh mesh, e.g. apps. Required with router app-mesh.',
  },
  {
    name: 'mesh-owner',
    description:
      '12-digit account ID that owns the mesh, when it is shared with this account. Default: the service account.',
  },
  {
    name: 'virtual-router',
    description: 'app-mesh router: virtual router whose routes are shifted, e.g. serviceB. Required with it.',
  },
  {
    name: 'route',
    description:
      'Route names, comma-separated. Default: every route of the router with a weighted target on the stable node.',
  },
  {
    name: 'stable-node',
    description: 'app-mesh router: virtual node that serves production, e.g. serviceB. Required with it.',
  },
  {
    name: 'canary-node',
    description:
      'app-mesh router: virtual node of the canary (the new version joins it), e.g. serviceBv2. Required with it.',
  },
  {
    name: 'create-canary-node',
    default: 'false',
    flag: true,
    description:
      'Create the canary virtual node from the stable one when it does not exist (never modifies an existing node).',
  },
  { name: 'canary-dns-hostname', description: 'DNS hostname of a created canary node.' },
  { name: 'canary-cloud-map-service', description: 'Cloud Map service name of a created canary node.' },
  {
    name: 'canary-cloud-map-namespace',
    description: 'Cloud Map namespace of a created canary node. Default: the stable node namespace.',
  },
  {
    name: 'canary-cloud-map-attributes',
    description: 'Cloud Map attributes of a created canary node, key=value comma-separated.',
  },
  {
    name: 'lattice-service',
    description: 'vpc-lattice router: the VPC Lattice service (name, ID or ARN). Required with it.',
  },
  {
    name: 'lattice-listener',
    description: 'vpc-lattice router: the listener of lattice-service (name, ID or ARN). Required with it.',
  },
  {
    name: 'lattice-rule',
    description:
      "vpc-lattice router: the listener rule whose forward action is shifted (name, ID or ARN). Default: the listener's default action.",
  },
  {
    name: 'listener-arn',
    description: 'alb router (and the alb-target-group preset): ARN of the ALB listener. Required with it.',
  },
  {
    name: 'listener-rule-arn',
    description:
      "alb router: ARN of the listener rule whose forward action is shifted. Default: the listener's default actions.",
  },
  {
    name: 'stable-target-group',
    description:
      'vpc-lattice and alb routers: the target group that serves production (name, ID or ARN; ALB: ARN or name).',
  },
  {
    name: 'canary-target-group',
    description:
      'vpc-lattice and alb routers: the target group of the canary service (name, ID or ARN; ALB: ARN or name).',
  },
  {
    name: 'steps',
    default: '25,50,100',
    description:
      'Canary weights, percent of the stable node weight: ascending whole numbers ending at 100. A pause after a weight holds it (health still checked) until mode: promote resumes it: 25,50,pause,100 or 25,50,100,pause (before promotion).',
  },
  {
    name: 'bake-time',
    default: '5m',
    description: 'How long each step bakes (e.g. 5m), or one time per step (2m,5m,10m).',
  },
  {
    name: 'check-interval',
    default: '1m',
    description:
      'Time between health checks during a bake (10s to 1h): a bad version is caught within one interval.',
  },
  {
    name: 'pause-timeout',
    default: '24h',
    description:
      'How long a pause step holds (1m to 7d) before on-pause-timeout applies. Refused when the pauses could outgrow the execution history (25,000 events).',
  },
  {
    name: 'on-pause-timeout',
    default: 'rollback',
    description: 'What a pause no one resumed does at pause-timeout: rollback, or continue to the next step.',
  },
  {
    name: 'test-traffic-header',
    description:
      'Send requests carrying this header to the canary only, from once its service is stable until the end (name: value, e.g. x-canary: true; a name alone matches any value on App Mesh and ALB). A route (App Mesh) or listener rule (ALB, VPC Lattice) named or tagged with the deployment id, removed on promotion and rollback.',
  },
  {
    name: 'test-traffic-priority',
    description:
      'Priority of the test route or rule (lower goes first); it must be free and ahead of the shifted route or rule. Default: the closest free one ahead of it.',
  },
  {
    name: 'hooks',
    description:
      'Lifecycle hooks, one a line: <stage>: <target>. Stages: after-canary-stable, test-traffic, after-shift, before-promotion, after-promotion, after-rollback. Targets: a Lambda function ARN, an ECS task definition ARN (run once beside the canary) or an https:// URL, each granted to the orchestrator stack (hookFunctions, hookTaskDefinitions, hookConnections). See docs/hooks.md.',
  },
  {
    name: 'hook-interval',
    default: '30s',
    description: 'How often a hook that answered IN_PROGRESS is asked again (5s to 1h).',
  },
  {
    name: 'hook-timeout',
    default: '600s',
    description:
      'How long a hook may take (10s to 1d): a hook still running then fails, and the canary rolls back.',
  },
  {
    name: 'promotion',
    default: 'copy',
    description:
      'copy: after the last step, the stable service runs the new version and the route goes back to it; none: end with the canary at 100%.',
  },
  {
    name: 'wait-for-completion',
    default: 'true',
    flag: true,
    description:
      'Follow the canary to its end (bounded by wait-for-minutes) and fail the job when it rolls back. At a pause step the job ends successfully with status PAUSED: a later job (mode: promote) resumes it. promote mode: follow the resumed canary the same way.',
  },
  {
    name: 'rollback-wait-seconds',
    default: '120',
    description:
      'rollback mode: how long to wait for the guard to restore the routes of a stopped canary before restoring them itself.',
  },
  {
    name: 'github-token',
    description:
      'Token that records GitHub deployments: pass github.token (the job needs permissions: deployments: write). Used with environment.',
  },
  {
    name: 'environment',
    description:
      'GitHub environment to record each deploy in (deployment statuses in_progress, success, failure; inactive after a rollback), e.g. production. Default: none recorded.',
  },
  {
    name: 'window',
    description:
      "Health window of the pre-flight, of analyze and of the checks while paused (a bake's checks chain: each judges from where the last ended). Default: the check interval, at least one metric period.",
  },
  {
    name: 'alarm-names',
    description: 'CloudWatch alarms, comma- or newline-separated: any in ALARM fails the check.',
  },
  {
    name: 'metrics-preset',
    default: 'none',
    description:
      'Metrics source: envoy-container-insights, envoy-appmesh-extension, lattice-target-group, alb-target-group, custom or none (docs/health.md).',
  },
  {
    name: 'metric-queries',
    description:
      'custom preset: MetricDataQueries JSON with ids canary_requests, canary_errors (and stable_requests, stable_errors).',
  },
  {
    name: 'metrics-period',
    default: '60',
    description:
      'Metric period in seconds: 1, 5, 10 or 30 for high-resolution metrics (Envoy stats through the CloudWatch agent can be), or a multiple of 60.',
  },
  {
    name: 'metrics-delay',
    description:
      'How long after a period ends its metrics are complete in CloudWatch; checks read only periods that old. Default: 60s, or 10s with a period under 60 s.',
  },
  {
    name: 'metrics-namespace',
    description: 'envoy-appmesh-extension preset: the CloudWatch namespace the agent publishes to.',
  },
  {
    name: 'metrics-name-prefix',
    description: 'envoy-appmesh-extension preset: metric name prefix. Default: envoy_appmesh_.',
  },
  {
    name: 'canary-task-definition-family',
    description:
      'envoy-container-insights preset: TaskDefinitionFamily of the canary. Default: the canary service family.',
  },
  {
    name: 'stable-task-definition-family',
    description:
      'envoy-container-insights preset: TaskDefinitionFamily of the stable. Default: the stable service family.',
  },
  {
    name: 'xray',
    default: 'false',
    flag: true,
    description: 'Read X-Ray service statistics (faults over total, mean response time).',
  },
  {
    name: 'xray-canary-service',
    description: 'X-Ray service name of the canary. Default: mesh/canary-node.',
  },
  { name: 'xray-stable-service', description: 'X-Ray service name of the stable, to compare in X-Ray too.' },
  {
    name: 'xray-count-client-errors',
    default: 'false',
    flag: true,
    description: 'Count 4xx (X-Ray errors) as failures besides 5xx (faults).',
  },
  {
    name: 'max-error-rate',
    default: '1',
    description: 'Percent of canary requests that may fail; above it a check fails.',
  },
  {
    name: 'max-latency-ms',
    description:
      "The canary's latency-percentile response time above which a check fails (needs xray, or metrics-preset envoy-appmesh-extension, lattice-target-group, alb-target-group or custom).",
  },
  {
    name: 'latency-percentile',
    description:
      'p50, p90, p95, p99 or p99.9: the percentile max-latency-ms and max-latency-increase judge. Default: p99 once either is set.',
  },
  {
    name: 'max-latency-increase',
    description:
      "How far the canary's percentile may exceed the stable's in the same window: 20% or 50ms. Fewer than 10/(1-q) requests on either side is INCONCLUSIVE. Default: off.",
  },
  {
    name: 'min-requests',
    default: '50',
    description: 'Fewer canary requests in a window make the check INCONCLUSIVE, never PASS.',
  },
  {
    name: 'max-error-rate-increase',
    description:
      'Percentage points over the stable error rate, decided by a one-sided significance test. Default: off.',
  },
  {
    name: 'baseline-significance',
    default: '0.05',
    description: 'Significance level of the baseline comparison.',
  },
  {
    name: 'failure-limit',
    default: '1',
    description: 'FAIL checks since the last PASS that roll the canary back.',
  },
  {
    name: 'inconclusive-limit',
    default: '5',
    description: 'INCONCLUSIVE checks since the last PASS that count as a FAIL; 0 never.',
  },
  {
    name: 'on-source-error',
    default: 'inconclusive',
    description:
      'Verdict of a health source that cannot be read or is empty: inconclusive or fail (never pass).',
  },
  { name: 'envoy-image', description: 'Envoy image. Default: the App Mesh Envoy image of the region.' },
  {
    name: 'envoy-node-identity',
    default: 'arn',
    description:
      'How Envoy names its node: arn (APPMESH_RESOURCE_ARN) or name (APPMESH_VIRTUAL_NODE_NAME, legacy Envoy images).',
  },
  {
    name: 'ignored-uid',
    description: 'User ID of the Envoy container and the proxy IgnoredUID. Default: 1337.',
  },
  {
    name: 'app-ports',
    description:
      'Proxy AppPorts, comma-separated; must match the virtual node listener. Default: the app container ports.',
  },
  { name: 'egress-ignored-ports', description: 'Proxy EgressIgnoredPorts, comma-separated.' },
  {
    name: 'egress-ignored-ips',
    description: 'Proxy EgressIgnoredIPs, comma-separated. Default: 169.254.170.2,169.254.169.254.',
  },
  {
    name: 'enable-xray',
    default: 'false',
    flag: true,
    description: "Add the X-Ray daemon container and turn on Envoy's X-Ray tracing.",
  },
  {
    name: 'xray-image',
    description: 'X-Ray daemon image. Default: public.ecr.aws/xray/aws-xray-daemon:3.x.',
  },
  {
    name: 'envoy-memory',
    description:
      'Memory of the Envoy container in MiB. Default: none, or a 256 MiB reservation when the task sets no memory.',
  },
  { name: 'envoy-cpu', description: 'CPU units of the Envoy container. Default: none.' },
  {
    name: 'apply',
    default: 'false',
    flag: true,
    description: 'init: make the writes the plan lists (false: print the plan only).',
  },
  {
    name: 'remove',
    default: 'false',
    flag: true,
    description:
      'init: delete what init created, in the reverse order, while the canary has weight 0 and no task (and no canary runs, given state-machine-arn); with apply, for real.',
  },
  {
    name: 'canary-service',
    description: 'init: the canary ECS service to create. Default: the stable service name with -canary.',
  },
  {
    name: 'state-machine-name',
    default: 'appmesh-canary',
    description: "init: the orchestrator's state machine name, as the printed cdk deploy command sets it.",
  },
  {
    name: 'write',
    description:
      "init: a directory (in the workspace) to write the workflows and the workflow role's policy into. Default: printed only.",
  },
];

export const actionOutputs: readonly { name: string; description: string }[] = [
  {
    name: 'task-definition-arn',
    description: 'ARN of the registered canary task definition (not set on a dry run).',
  },
  {
    name: 'rendered-task-definition',
    description: 'Path of a file holding the rendered task definition JSON.',
  },
  {
    name: 'deployment-id',
    description: 'Id of the deployment: route, short sha, time; also the execution name.',
  },
  {
    name: 'execution-arn',
    description:
      'ARN of the Step Functions execution started (deploy), stopped (rollback), resumed (promote) or found (status).',
  },
  { name: 'execution-url', description: 'Console link of the execution.' },
  {
    name: 'status',
    description:
      'deploy: SUCCEEDED, FAILED, ABORTED, TIMED_OUT, PAUSED (held at a pause step) or RUNNING; init: PLANNED (writes to make), APPLIED, COMPLETE (nothing to do), REMOVED; rollback: what was done (stopped-running-canary, restored-last-canary, reverted-promotion, nothing-to-roll-back, refused, or incomplete when the canary is still routed); promote: REFUSED (nothing paused), RESUMED, or how the resumed canary ended (PAUSED again at a later pause); status: PAUSED, RUNNING or the last outcome.',
  },
  { name: 'final-weights', description: 'JSON: the weighted targets of each route at the end.' },
  {
    name: 'writes',
    description: 'init: the AWS writes made (apply), or to make (the plan); with remove, the deletions.',
  },
];
