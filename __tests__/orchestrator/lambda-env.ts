// Read when the handlers load: quiet logs, a region for the clients built from the default chain.
process.env.POWERTOOLS_SERVICE_NAME ??= 'appmesh-canary';
process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
process.env.AWS_REGION ??= 'us-west-2';
process.env.AWS_ACCESS_KEY_ID ??= 'test';
process.env.AWS_SECRET_ACCESS_KEY ??= 'test';
