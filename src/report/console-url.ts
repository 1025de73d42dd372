/** An execution's page in the Step Functions console, in the execution's own region and partition. */
export function consoleUrlOf(executionArn: string): string {
  const region = executionArn.split(':')[3] ?? 'us-east-1';
  const domain = region.startsWith('cn-') ? 'console.amazonaws.cn' : 'console.aws.amazon.com';
  return `https://${region}.${domain}/states/home?region=${region}#/v2/executions/details/${executionArn}`;
}
