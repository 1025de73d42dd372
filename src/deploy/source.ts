export interface DeploymentSource {
  repository?: string;
  sha?: string;
  runUrl?: string;
  actor?: string;
  /** The GitHub deployment this canary is (deploy with environment): promote and rollback mark this one. */
  githubDeployment?: { id: number; environment: string };
}

/** Where the deployment comes from: the GitHub run, or whatever CI sets the same variables. */
export function sourceFromEnv(env: NodeJS.ProcessEnv = process.env): DeploymentSource {
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  return {
    ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
    ...(env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {}),
    ...(env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? { runUrl: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` }
      : {}),
    ...(env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {}),
  };
}
