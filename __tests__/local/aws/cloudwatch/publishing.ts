/** Every source of the local stack publishing its datapoints the moment traffic happens (no delay). */
export const publishedAtOnce = {
  envoy: { delaySeconds: 0, resolutionSeconds: 60 as const },
  vpcLattice: { delaySeconds: 0, resolutionSeconds: 60 as const },
  applicationElb: { delaySeconds: 0, resolutionSeconds: 60 as const },
};
