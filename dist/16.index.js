export const id = 16;
export const ids = [16];
export const modules = {

/***/ 3635:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;
const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = __webpack_require__(5152);
const { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = __webpack_require__(402);
const { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = __webpack_require__(2658);
const { Command: $Command } = __webpack_require__(2658);
__webpack_unused_export__ = $Command;
__webpack_unused_export__ = Client;
const { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = __webpack_require__(7291);
const { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = __webpack_require__(2085);
const { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = __webpack_require__(3422);
const { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = __webpack_require__(3609);
const { TypeRegistry, getSchemaSerdePlugin } = __webpack_require__(6890);
const { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = __webpack_require__(7523);
const { defaultProvider } = __webpack_require__(5861);
const { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = __webpack_require__(2430);
const { streamCollector, NodeHttpHandler } = __webpack_require__(1279);
const { AwsRestJsonProtocol } = __webpack_require__(7288);
const { Sha256 } = __webpack_require__(9542);

const defaultVPCLatticeHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "vpc-lattice",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
const defaultVPCLatticeHttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
    }
    return options;
};
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = resolveAwsSdkSigV4Config(config);
    return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? []),
    });
};

const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "vpc-lattice",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};

var version = "3.1141.0";
var packageInfo = {
	version: version};

const k = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = { [k]: "Endpoint" }, h = { [k]: d }, i = {}, j = [{ [k]: "Region" }];
const _data = {
    conditions: [
        [c, [g]],
        [c, j],
        ["aws.partition", j, d],
        [e, [{ [k]: "UseFIPS" }, b]],
        [e, [{ [k]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://vpc-lattice-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://vpc-lattice-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://vpc-lattice.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://vpc-lattice.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 12, 3,
    1, 4, r + 11,
    2, 5, r + 11,
    3, 8, 6,
    4, 7, r + 10,
    5, r + 8, r + 9,
    4, 10, 9,
    6, r + 6, r + 7,
    5, 11, r + 5,
    6, r + 4, r + 5,
    3, r + 1, 13,
    4, r + 2, r + 3,
]);
const bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

const cache = new EndpointCache({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

class VPCLatticeServiceException extends ServiceException {
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, VPCLatticeServiceException.prototype);
    }
}

class AccessDeniedException extends VPCLatticeServiceException {
    name = "AccessDeniedException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "AccessDeniedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AccessDeniedException.prototype);
    }
}
class ConflictException extends VPCLatticeServiceException {
    name = "ConflictException";
    $fault = "client";
    resourceId;
    resourceType;
    constructor(opts) {
        super({
            name: "ConflictException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConflictException.prototype);
        this.resourceId = opts.resourceId;
        this.resourceType = opts.resourceType;
    }
}
class InternalServerException extends VPCLatticeServiceException {
    name = "InternalServerException";
    $fault = "server";
    $retryable = {};
    retryAfterSeconds;
    constructor(opts) {
        super({
            name: "InternalServerException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, InternalServerException.prototype);
        this.retryAfterSeconds = opts.retryAfterSeconds;
    }
}
class ResourceNotFoundException extends VPCLatticeServiceException {
    name = "ResourceNotFoundException";
    $fault = "client";
    resourceId;
    resourceType;
    constructor(opts) {
        super({
            name: "ResourceNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
        this.resourceId = opts.resourceId;
        this.resourceType = opts.resourceType;
    }
}
class ThrottlingException extends VPCLatticeServiceException {
    name = "ThrottlingException";
    $fault = "client";
    $retryable = {
        throttling: true,
    };
    serviceCode;
    quotaCode;
    retryAfterSeconds;
    constructor(opts) {
        super({
            name: "ThrottlingException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ThrottlingException.prototype);
        this.serviceCode = opts.serviceCode;
        this.quotaCode = opts.quotaCode;
        this.retryAfterSeconds = opts.retryAfterSeconds;
    }
}
class ValidationException extends VPCLatticeServiceException {
    name = "ValidationException";
    $fault = "client";
    reason;
    fieldList;
    constructor(opts) {
        super({
            name: "ValidationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ValidationException.prototype);
        this.reason = opts.reason;
        this.fieldList = opts.fieldList;
    }
}
class ServiceQuotaExceededException extends VPCLatticeServiceException {
    name = "ServiceQuotaExceededException";
    $fault = "client";
    resourceId;
    resourceType;
    serviceCode;
    quotaCode;
    constructor(opts) {
        super({
            name: "ServiceQuotaExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ServiceQuotaExceededException.prototype);
        this.resourceId = opts.resourceId;
        this.resourceType = opts.resourceType;
        this.serviceCode = opts.serviceCode;
        this.quotaCode = opts.quotaCode;
    }
}

const _ADE = "AccessDeniedException";
const _ALSL = "AccessLogSubscriptionList";
const _ALSS = "AccessLogSubscriptionSummary";
const _AR = "ArnResource";
const _BUR = "BatchUpdateRule";
const _BURR = "BatchUpdateRuleRequest";
const _BURRa = "BatchUpdateRuleResponse";
const _CALS = "CreateAccessLogSubscription";
const _CALSR = "CreateAccessLogSubscriptionRequest";
const _CALSRr = "CreateAccessLogSubscriptionResponse";
const _CE = "ConflictException";
const _CL = "CreateListener";
const _CLR = "CreateListenerRequest";
const _CLRr = "CreateListenerResponse";
const _CR = "CidrResource";
const _CRC = "CreateResourceConfiguration";
const _CRCR = "CreateResourceConfigurationRequest";
const _CRCRr = "CreateResourceConfigurationResponse";
const _CRG = "CreateResourceGateway";
const _CRGR = "CreateResourceGatewayRequest";
const _CRGRr = "CreateResourceGatewayResponse";
const _CRR = "CreateRuleRequest";
const _CRRr = "CreateRuleResponse";
const _CRr = "CreateRule";
const _CS = "CreateService";
const _CSN = "CreateServiceNetwork";
const _CSNR = "CreateServiceNetworkRequest";
const _CSNRA = "CreateServiceNetworkResourceAssociation";
const _CSNRAR = "CreateServiceNetworkResourceAssociationRequest";
const _CSNRARr = "CreateServiceNetworkResourceAssociationResponse";
const _CSNRr = "CreateServiceNetworkResponse";
const _CSNSA = "CreateServiceNetworkServiceAssociation";
const _CSNSAR = "CreateServiceNetworkServiceAssociationRequest";
const _CSNSARr = "CreateServiceNetworkServiceAssociationResponse";
const _CSNVA = "CreateServiceNetworkVpcAssociation";
const _CSNVAR = "CreateServiceNetworkVpcAssociationRequest";
const _CSNVARr = "CreateServiceNetworkVpcAssociationResponse";
const _CSR = "CreateServiceRequest";
const _CSRr = "CreateServiceResponse";
const _CTG = "CreateTargetGroup";
const _CTGR = "CreateTargetGroupRequest";
const _CTGRr = "CreateTargetGroupResponse";
const _DALS = "DeleteAccessLogSubscription";
const _DALSR = "DeleteAccessLogSubscriptionRequest";
const _DALSRe = "DeleteAccessLogSubscriptionResponse";
const _DAP = "DeleteAuthPolicy";
const _DAPR = "DeleteAuthPolicyRequest";
const _DAPRe = "DeleteAuthPolicyResponse";
const _DDV = "DeleteDomainVerification";
const _DDVR = "DeleteDomainVerificationRequest";
const _DDVRe = "DeleteDomainVerificationResponse";
const _DE = "DnsEntry";
const _DL = "DeleteListener";
const _DLR = "DeleteListenerRequest";
const _DLRe = "DeleteListenerResponse";
const _DO = "DnsOptions";
const _DR = "DnsResource";
const _DRC = "DeleteResourceConfiguration";
const _DRCR = "DeleteResourceConfigurationRequest";
const _DRCRe = "DeleteResourceConfigurationResponse";
const _DREA = "DeleteResourceEndpointAssociation";
const _DREAR = "DeleteResourceEndpointAssociationRequest";
const _DREARe = "DeleteResourceEndpointAssociationResponse";
const _DRG = "DeleteResourceGateway";
const _DRGR = "DeleteResourceGatewayRequest";
const _DRGRe = "DeleteResourceGatewayResponse";
const _DRP = "DeleteResourcePolicy";
const _DRPR = "DeleteResourcePolicyRequest";
const _DRPRe = "DeleteResourcePolicyResponse";
const _DRR = "DeleteRuleRequest";
const _DRRe = "DeleteRuleResponse";
const _DRe = "DeleteRule";
const _DS = "DeleteService";
const _DSN = "DeleteServiceNetwork";
const _DSNR = "DeleteServiceNetworkRequest";
const _DSNRA = "DeleteServiceNetworkResourceAssociation";
const _DSNRAR = "DeleteServiceNetworkResourceAssociationRequest";
const _DSNRARe = "DeleteServiceNetworkResourceAssociationResponse";
const _DSNRe = "DeleteServiceNetworkResponse";
const _DSNSA = "DeleteServiceNetworkServiceAssociation";
const _DSNSAR = "DeleteServiceNetworkServiceAssociationRequest";
const _DSNSARe = "DeleteServiceNetworkServiceAssociationResponse";
const _DSNVA = "DeleteServiceNetworkVpcAssociation";
const _DSNVAR = "DeleteServiceNetworkVpcAssociationRequest";
const _DSNVARe = "DeleteServiceNetworkVpcAssociationResponse";
const _DSR = "DeleteServiceRequest";
const _DSRe = "DeleteServiceResponse";
const _DT = "DeregisterTargets";
const _DTG = "DeleteTargetGroup";
const _DTGR = "DeleteTargetGroupRequest";
const _DTGRe = "DeleteTargetGroupResponse";
const _DTR = "DeregisterTargetsRequest";
const _DTRe = "DeregisterTargetsResponse";
const _DVL = "DomainVerificationList";
const _DVS = "DomainVerificationSummary";
const _FA = "ForwardAction";
const _FRA = "FixedResponseAction";
const _GALS = "GetAccessLogSubscription";
const _GALSR = "GetAccessLogSubscriptionRequest";
const _GALSRe = "GetAccessLogSubscriptionResponse";
const _GAP = "GetAuthPolicy";
const _GAPR = "GetAuthPolicyRequest";
const _GAPRe = "GetAuthPolicyResponse";
const _GDV = "GetDomainVerification";
const _GDVR = "GetDomainVerificationRequest";
const _GDVRe = "GetDomainVerificationResponse";
const _GL = "GetListener";
const _GLR = "GetListenerRequest";
const _GLRe = "GetListenerResponse";
const _GR = "GetRule";
const _GRC = "GetResourceConfiguration";
const _GRCR = "GetResourceConfigurationRequest";
const _GRCRe = "GetResourceConfigurationResponse";
const _GRG = "GetResourceGateway";
const _GRGR = "GetResourceGatewayRequest";
const _GRGRe = "GetResourceGatewayResponse";
const _GRP = "GetResourcePolicy";
const _GRPR = "GetResourcePolicyRequest";
const _GRPRe = "GetResourcePolicyResponse";
const _GRR = "GetRuleRequest";
const _GRRe = "GetRuleResponse";
const _GS = "GetService";
const _GSN = "GetServiceNetwork";
const _GSNR = "GetServiceNetworkRequest";
const _GSNRA = "GetServiceNetworkResourceAssociation";
const _GSNRAR = "GetServiceNetworkResourceAssociationRequest";
const _GSNRARe = "GetServiceNetworkResourceAssociationResponse";
const _GSNRe = "GetServiceNetworkResponse";
const _GSNSA = "GetServiceNetworkServiceAssociation";
const _GSNSAR = "GetServiceNetworkServiceAssociationRequest";
const _GSNSARe = "GetServiceNetworkServiceAssociationResponse";
const _GSNVA = "GetServiceNetworkVpcAssociation";
const _GSNVAR = "GetServiceNetworkVpcAssociationRequest";
const _GSNVARe = "GetServiceNetworkVpcAssociationResponse";
const _GSR = "GetServiceRequest";
const _GSRe = "GetServiceResponse";
const _GTG = "GetTargetGroup";
const _GTGR = "GetTargetGroupRequest";
const _GTGRe = "GetTargetGroupResponse";
const _HCC = "HealthCheckConfig";
const _HM = "HeaderMatch";
const _HML = "HeaderMatchList";
const _HMT = "HeaderMatchType";
const _HMt = "HttpMatch";
const _IR = "IpResource";
const _ISE = "InternalServerException";
const _LALS = "ListAccessLogSubscriptions";
const _LALSR = "ListAccessLogSubscriptionsRequest";
const _LALSRi = "ListAccessLogSubscriptionsResponse";
const _LDV = "ListDomainVerifications";
const _LDVR = "ListDomainVerificationsRequest";
const _LDVRi = "ListDomainVerificationsResponse";
const _LL = "ListListeners";
const _LLR = "ListListenersRequest";
const _LLRi = "ListListenersResponse";
const _LR = "ListRules";
const _LRC = "ListResourceConfigurations";
const _LRCR = "ListResourceConfigurationsRequest";
const _LRCRi = "ListResourceConfigurationsResponse";
const _LREA = "ListResourceEndpointAssociations";
const _LREAR = "ListResourceEndpointAssociationsRequest";
const _LREARi = "ListResourceEndpointAssociationsResponse";
const _LRG = "ListResourceGateways";
const _LRGR = "ListResourceGatewaysRequest";
const _LRGRi = "ListResourceGatewaysResponse";
const _LRR = "ListRulesRequest";
const _LRRi = "ListRulesResponse";
const _LS = "ListenerSummary";
const _LSL = "ListenerSummaryList";
const _LSN = "ListServiceNetworks";
const _LSNR = "ListServiceNetworksRequest";
const _LSNRA = "ListServiceNetworkResourceAssociations";
const _LSNRAR = "ListServiceNetworkResourceAssociationsRequest";
const _LSNRARi = "ListServiceNetworkResourceAssociationsResponse";
const _LSNRi = "ListServiceNetworksResponse";
const _LSNSA = "ListServiceNetworkServiceAssociations";
const _LSNSAR = "ListServiceNetworkServiceAssociationsRequest";
const _LSNSARi = "ListServiceNetworkServiceAssociationsResponse";
const _LSNVA = "ListServiceNetworkVpcAssociations";
const _LSNVAR = "ListServiceNetworkVpcAssociationsRequest";
const _LSNVARi = "ListServiceNetworkVpcAssociationsResponse";
const _LSNVEA = "ListServiceNetworkVpcEndpointAssociations";
const _LSNVEAR = "ListServiceNetworkVpcEndpointAssociationsRequest";
const _LSNVEARi = "ListServiceNetworkVpcEndpointAssociationsResponse";
const _LSR = "ListServicesRequest";
const _LSRi = "ListServicesResponse";
const _LSi = "ListServices";
const _LT = "ListTargets";
const _LTFR = "ListTagsForResource";
const _LTFRR = "ListTagsForResourceRequest";
const _LTFRRi = "ListTagsForResourceResponse";
const _LTG = "ListTargetGroups";
const _LTGR = "ListTargetGroupsRequest";
const _LTGRi = "ListTargetGroupsResponse";
const _LTR = "ListTargetsRequest";
const _LTRi = "ListTargetsResponse";
const _M = "Matcher";
const _PAP = "PutAuthPolicy";
const _PAPR = "PutAuthPolicyRequest";
const _PAPRu = "PutAuthPolicyResponse";
const _PM = "PathMatch";
const _PMT = "PathMatchType";
const _PRE = "PayerResponsibilityEntry";
const _PRL = "PayerResponsibilityList";
const _PRP = "PutResourcePolicy";
const _PRPR = "PutResourcePolicyRequest";
const _PRPRu = "PutResourcePolicyResponse";
const _RA = "Retry-After";
const _RAu = "RuleAction";
const _RCD = "ResourceConfigurationDefinition";
const _RCS = "ResourceConfigurationSummary";
const _RCSL = "ResourceConfigurationSummaryList";
const _REAL = "ResourceEndpointAssociationList";
const _REAS = "ResourceEndpointAssociationSummary";
const _RGL = "ResourceGatewayList";
const _RGS = "ResourceGatewaySummary";
const _RM = "RuleMatch";
const _RNFE = "ResourceNotFoundException";
const _RS = "RuleSummary";
const _RSL = "RuleSummaryList";
const _RT = "RegisterTargets";
const _RTR = "RegisterTargetsRequest";
const _RTRe = "RegisterTargetsResponse";
const _RU = "RuleUpdate";
const _RUF = "RuleUpdateFailure";
const _RUFL = "RuleUpdateFailureList";
const _RUL = "RuleUpdateList";
const _RUS = "RuleUpdateSuccess";
const _RUSL = "RuleUpdateSuccessList";
const _SC = "SharingConfig";
const _SDV = "StartDomainVerification";
const _SDVR = "StartDomainVerificationRequest";
const _SDVRt = "StartDomainVerificationResponse";
const _SL = "ServiceList";
const _SNEA = "ServiceNetworkEndpointAssociation";
const _SNL = "ServiceNetworkList";
const _SNRAL = "ServiceNetworkResourceAssociationList";
const _SNRAS = "ServiceNetworkResourceAssociationSummary";
const _SNS = "ServiceNetworkSummary";
const _SNSAL = "ServiceNetworkServiceAssociationList";
const _SNSAS = "ServiceNetworkServiceAssociationSummary";
const _SNVAL = "ServiceNetworkVpcAssociationList";
const _SNVAS = "ServiceNetworkVpcAssociationSummary";
const _SNVEAL = "ServiceNetworkVpcEndpointAssociationList";
const _SQEE = "ServiceQuotaExceededException";
const _SS = "ServiceSummary";
const _T = "Target";
const _TE = "ThrottlingException";
const _TF = "TargetFailure";
const _TFL = "TargetFailureList";
const _TGC = "TargetGroupConfig";
const _TGL = "TargetGroupList";
const _TGS = "TargetGroupSummary";
const _TL = "TargetList";
const _TMC = "TxtMethodConfig";
const _TR = "TagResource";
const _TRR = "TagResourceRequest";
const _TRRa = "TagResourceResponse";
const _TS = "TargetSummary";
const _TSL = "TargetSummaryList";
const _UALS = "UpdateAccessLogSubscription";
const _UALSR = "UpdateAccessLogSubscriptionRequest";
const _UALSRp = "UpdateAccessLogSubscriptionResponse";
const _UL = "UpdateListener";
const _ULR = "UpdateListenerRequest";
const _ULRp = "UpdateListenerResponse";
const _UR = "UntagResource";
const _URC = "UpdateResourceConfiguration";
const _URCR = "UpdateResourceConfigurationRequest";
const _URCRp = "UpdateResourceConfigurationResponse";
const _URG = "UpdateResourceGateway";
const _URGR = "UpdateResourceGatewayRequest";
const _URGRp = "UpdateResourceGatewayResponse";
const _URR = "UntagResourceRequest";
const _URRn = "UntagResourceResponse";
const _URRp = "UpdateRuleRequest";
const _URRpd = "UpdateRuleResponse";
const _URp = "UpdateRule";
const _US = "UpdateService";
const _USN = "UpdateServiceNetwork";
const _USNR = "UpdateServiceNetworkRequest";
const _USNRp = "UpdateServiceNetworkResponse";
const _USNVA = "UpdateServiceNetworkVpcAssociation";
const _USNVAR = "UpdateServiceNetworkVpcAssociationRequest";
const _USNVARp = "UpdateServiceNetworkVpcAssociationResponse";
const _USR = "UpdateServiceRequest";
const _USRp = "UpdateServiceResponse";
const _UTG = "UpdateTargetGroup";
const _UTGR = "UpdateTargetGroupRequest";
const _UTGRp = "UpdateTargetGroupResponse";
const _VE = "ValidationException";
const _VEF = "ValidationExceptionField";
const _VEFL = "ValidationExceptionFieldList";
const _WTG = "WeightedTargetGroup";
const _WTGL = "WeightedTargetGroupList";
const _a = "arn";
const _aATSSN = "allowAssociationToShareableServiceNetwork";
const _aLSI = "accessLogSubscriptionIdentifier";
const _aM = "amazonManaged";
const _aR = "arnResource";
const _aT = "authType";
const _ac = "action";
const _c = "client";
const _cA = "createdAt";
const _cAe = "certificateArn";
const _cB = "createdBy";
const _cDN = "customDomainName";
const _cR = "cidrRanges";
const _cRi = "cidrResource";
const _cS = "caseSensitive";
const _cT = "clientToken";
const _co = "config";
const _con = "contains";
const _dA = "destinationArn";
const _dAe = "defaultAction";
const _dE = "dnsEntry";
const _dN = "domainName";
const _dO = "dnsOptions";
const _dR = "dnsResource";
const _dVA = "domainVerificationArn";
const _dVI = "domainVerificationIdentifier";
const _dVIo = "domainVerificationId";
const _dVS = "domainVerificationStatus";
const _e = "error";
const _en = "enabled";
const _ex = "exact";
const _f = "forward";
const _fC = "failureCode";
const _fL = "fieldList";
const _fM = "failureMessage";
const _fR = "failureReason";
const _fRi = "fixedResponse";
const _gD = "groupDomain";
const _h = "http";
const _hC = "healthCheck";
const _hCIS = "healthCheckIntervalSeconds";
const _hCTS = "healthCheckTimeoutSeconds";
const _hCt = "httpCode";
const _hE = "httpError";
const _hH = "httpHeader";
const _hM = "headerMatches";
const _hMt = "httpMatch";
const _hQ = "httpQuery";
const _hTC = "healthyThresholdCount";
const _hZI = "hostedZoneId";
const _i = "id";
const _iA = "ipAddress";
const _iAPE = "ipv4AddressesPerEni";
const _iAT = "ipAddressType";
const _iC = "includeChildren";
const _iD = "isDefault";
const _iMA = "isManagedAssociation";
const _iR = "ipResource";
const _iTS = "idleTimeoutSeconds";
const _it = "items";
const _lESV = "lambdaEventStructureVersion";
const _lI = "listenerIdentifier";
const _lUA = "lastUpdatedAt";
const _lVT = "lastVerifiedTime";
const _m = "message";
const _mB = "managedBy";
const _mR = "maxResults";
const _ma = "match";
const _mat = "matcher";
const _me = "method";
const _n = "name";
const _nOARC = "numberOfAssociatedResourceConfigurations";
const _nOAS = "numberOfAssociatedServices";
const _nOAVPC = "numberOfAssociatedVPCs";
const _nT = "nextToken";
const _p = "protocol";
const _pDE = "privateDnsEnabled";
const _pDEr = "privateDnsEntry";
const _pDP = "privateDnsPreference";
const _pDSD = "privateDnsSpecifiedDomains";
const _pM = "pathMatch";
const _pR = "portRanges";
const _pRT = "payerResponsibilityType";
const _pRa = "payerResponsibility";
const _pV = "protocolVersion";
const _pa = "path";
const _po = "port";
const _pol = "policy";
const _pr = "priority";
const _pre = "prefix";
const _qC = "quotaCode";
const _r = "reason";
const _rA = "resourceArn";
const _rAS = "retryAfterSeconds";
const _rC = "reasonCode";
const _rCA = "resourceConfigurationArn";
const _rCD = "resourceConfigurationDefinition";
const _rCDR = "resourceConfigDnsResolution";
const _rCGI = "resourceConfigurationGroupIdentifier";
const _rCGIe = "resourceConfigurationGroupId";
const _rCI = "resourceConfigurationIdentifier";
const _rCIe = "resourceConfigurationId";
const _rCN = "resourceConfigurationName";
const _rEAI = "resourceEndpointAssociationIdentifier";
const _rGI = "resourceGatewayIdentifier";
const _rGIe = "resourceGatewayId";
const _rI = "resourceId";
const _rIe = "resourceIdentifier";
const _rIu = "ruleIdentifier";
const _rT = "resourceType";
const _ru = "rules";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.vpclattice";
const _sA = "serviceArn";
const _sAe = "serviceArns";
const _sC = "serviceCode";
const _sCh = "sharingConfig";
const _sCt = "statusCode";
const _sGI = "securityGroupIds";
const _sI = "serviceIdentifier";
const _sIe = "serviceId";
const _sIu = "subnetIds";
const _sM = "serviceManaged";
const _sN = "serviceName";
const _sNA = "serviceNetworkArn";
const _sNI = "serviceNetworkIdentifier";
const _sNIe = "serviceNetworkId";
const _sNLT = "serviceNetworkLogType";
const _sNN = "serviceNetworkName";
const _sNRAI = "serviceNetworkResourceAssociationIdentifier";
const _sNSAI = "serviceNetworkServiceAssociationIdentifier";
const _sNVAI = "serviceNetworkVpcAssociationIdentifier";
const _sc = "scope";
const _se = "server";
const _st = "status";
const _sta = "state";
const _su = "successful";
const _t = "tags";
const _tG = "targetGroups";
const _tGI = "targetGroupIdentifier";
const _tGT = "targetGroupType";
const _tK = "tagKeys";
const _tMC = "txtMethodConfig";
const _ta = "targets";
const _ty = "type";
const _u = "unsuccessful";
const _uTC = "unhealthyThresholdCount";
const _v = "value";
const _vEI = "vpcEndpointId";
const _vEO = "vpcEndpointOwner";
const _vEOI = "vpcEndpointOwnerId";
const _vI = "vpcIdentifier";
const _vIp = "vpcId";
const _w = "weight";
const n0 = "com.amazonaws.vpclattice";
const _s_registry = new TypeRegistry(_s);
var VPCLatticeServiceException$ = [-3, _s, "VPCLatticeServiceException", 0, [], []];
_s_registry.registerError(VPCLatticeServiceException$, VPCLatticeServiceException);
const n0_registry = new TypeRegistry(n0);
var AccessDeniedException$ = [-3, n0, _ADE,
    { [_e]: _c, [_hE]: 403 },
    [_m],
    [0], 1
];
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
var ConflictException$ = [-3, n0, _CE,
    { [_e]: _c, [_hE]: 409 },
    [_m, _rI, _rT],
    [0, 0, 0], 3
];
n0_registry.registerError(ConflictException$, ConflictException);
var InternalServerException$ = [-3, n0, _ISE,
    { [_e]: _se, [_hE]: 500 },
    [_m, _rAS],
    [0, [1, { [_hH]: _RA }]], 1
];
n0_registry.registerError(InternalServerException$, InternalServerException);
var ResourceNotFoundException$ = [-3, n0, _RNFE,
    { [_e]: _c, [_hE]: 404 },
    [_m, _rI, _rT],
    [0, 0, 0], 3
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var ServiceQuotaExceededException$ = [-3, n0, _SQEE,
    { [_e]: _c, [_hE]: 402 },
    [_m, _rT, _sC, _qC, _rI],
    [0, 0, 0, 0, 0], 4
];
n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
var ThrottlingException$ = [-3, n0, _TE,
    { [_e]: _c, [_hE]: 429 },
    [_m, _sC, _qC, _rAS],
    [0, 0, 0, [1, { [_hH]: _RA }]], 1
];
n0_registry.registerError(ThrottlingException$, ThrottlingException);
var ValidationException$ = [-3, n0, _VE,
    { [_e]: _c, [_hE]: 400 },
    [_m, _r, _fL],
    [0, 0, () => ValidationExceptionFieldList], 2
];
n0_registry.registerError(ValidationException$, ValidationException);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var AccessLogSubscriptionSummary$ = [3, n0, _ALSS,
    0,
    [_i, _a, _rI, _rA, _dA, _cA, _lUA, _sNLT],
    [0, 0, 0, 0, 0, 5, 5, 0], 7
];
var ArnResource$ = [3, n0, _AR,
    0,
    [_a],
    [0]
];
var BatchUpdateRuleRequest$ = [3, n0, _BURR,
    0,
    [_sI, _lI, _ru],
    [[0, 1], [0, 1], () => RuleUpdateList], 3
];
var BatchUpdateRuleResponse$ = [3, n0, _BURRa,
    0,
    [_su, _u],
    [() => RuleUpdateSuccessList, () => RuleUpdateFailureList]
];
var CidrResource$ = [3, n0, _CR,
    0,
    [_cR],
    [64 | 0]
];
var CreateAccessLogSubscriptionRequest$ = [3, n0, _CALSR,
    0,
    [_rIe, _dA, _cT, _sNLT, _t],
    [0, 0, [0, 4], 0, 128 | 0], 2
];
var CreateAccessLogSubscriptionResponse$ = [3, n0, _CALSRr,
    0,
    [_i, _a, _rI, _rA, _dA, _sNLT],
    [0, 0, 0, 0, 0, 0], 5
];
var CreateListenerRequest$ = [3, n0, _CLR,
    0,
    [_sI, _n, _p, _dAe, _po, _cT, _t],
    [[0, 1], 0, 0, () => RuleAction$, 1, [0, 4], 128 | 0], 4
];
var CreateListenerResponse$ = [3, n0, _CLRr,
    0,
    [_a, _i, _n, _p, _po, _sA, _sIe, _dAe],
    [0, 0, 0, 0, 1, 0, 0, () => RuleAction$]
];
var CreateResourceConfigurationRequest$ = [3, n0, _CRCR,
    0,
    [_n, _ty, _pR, _p, _rGI, _rCGI, _rCD, _aATSSN, _cDN, _gD, _dVI, _cT, _t],
    [0, 0, 64 | 0, 0, 0, 0, () => ResourceConfigurationDefinition$, 2, 0, 0, 0, [0, 4], 128 | 0], 2
];
var CreateResourceConfigurationResponse$ = [3, n0, _CRCRr,
    0,
    [_i, _n, _a, _rGIe, _rCGIe, _ty, _pR, _p, _st, _rCD, _aATSSN, _cA, _fR, _cDN, _dVIo, _gD, _dVA],
    [0, 0, 0, 0, 0, 0, 64 | 0, 0, 0, () => ResourceConfigurationDefinition$, 2, 5, 0, 0, 0, 0, 0]
];
var CreateResourceGatewayRequest$ = [3, n0, _CRGR,
    0,
    [_n, _cT, _vI, _sIu, _sGI, _iAT, _iAPE, _rCDR, _t],
    [0, [0, 4], 0, 64 | 0, 64 | 0, 0, 1, 0, 128 | 0], 1
];
var CreateResourceGatewayResponse$ = [3, n0, _CRGRr,
    0,
    [_n, _i, _a, _st, _vI, _sIu, _sGI, _iAT, _iAPE, _rCDR],
    [0, 0, 0, 0, 0, 64 | 0, 64 | 0, 0, 1, 0]
];
var CreateRuleRequest$ = [3, n0, _CRR,
    0,
    [_sI, _lI, _n, _ma, _pr, _ac, _cT, _t],
    [[0, 1], [0, 1], 0, () => RuleMatch$, 1, () => RuleAction$, [0, 4], 128 | 0], 6
];
var CreateRuleResponse$ = [3, n0, _CRRr,
    0,
    [_a, _i, _n, _ma, _pr, _ac],
    [0, 0, 0, () => RuleMatch$, 1, () => RuleAction$]
];
var CreateServiceNetworkRequest$ = [3, n0, _CSNR,
    0,
    [_n, _cT, _aT, _t, _sCh],
    [0, [0, 4], 0, 128 | 0, () => SharingConfig$], 1
];
var CreateServiceNetworkResourceAssociationRequest$ = [3, n0, _CSNRAR,
    0,
    [_rCI, _sNI, _cT, _pDE, _t],
    [0, 0, [0, 4], 2, 128 | 0], 2
];
var CreateServiceNetworkResourceAssociationResponse$ = [3, n0, _CSNRARr,
    0,
    [_i, _a, _st, _cB, _pDE],
    [0, 0, 0, 0, 2]
];
var CreateServiceNetworkResponse$ = [3, n0, _CSNRr,
    0,
    [_i, _n, _a, _sCh, _aT],
    [0, 0, 0, () => SharingConfig$, 0]
];
var CreateServiceNetworkServiceAssociationRequest$ = [3, n0, _CSNSAR,
    0,
    [_sI, _sNI, _cT, _t],
    [0, 0, [0, 4], 128 | 0], 2
];
var CreateServiceNetworkServiceAssociationResponse$ = [3, n0, _CSNSARr,
    0,
    [_i, _st, _a, _cB, _cDN, _dE],
    [0, 0, 0, 0, 0, () => DnsEntry$]
];
var CreateServiceNetworkVpcAssociationRequest$ = [3, n0, _CSNVAR,
    0,
    [_sNI, _vI, _cT, _pDE, _sGI, _t, _dO],
    [0, 0, [0, 4], 2, 64 | 0, 128 | 0, () => DnsOptions$], 2
];
var CreateServiceNetworkVpcAssociationResponse$ = [3, n0, _CSNVARr,
    0,
    [_i, _st, _a, _cB, _sGI, _pDE, _dO],
    [0, 0, 0, 0, 64 | 0, 2, () => DnsOptions$]
];
var CreateServiceRequest$ = [3, n0, _CSR,
    0,
    [_n, _cT, _t, _cDN, _cAe, _aT, _iTS],
    [0, [0, 4], 128 | 0, 0, 0, 0, 1], 1
];
var CreateServiceResponse$ = [3, n0, _CSRr,
    0,
    [_i, _a, _n, _cDN, _cAe, _st, _aT, _iTS, _dE],
    [0, 0, 0, 0, 0, 0, 0, 1, () => DnsEntry$]
];
var CreateTargetGroupRequest$ = [3, n0, _CTGR,
    0,
    [_n, _ty, _co, _cT, _t],
    [0, 0, () => TargetGroupConfig$, [0, 4], 128 | 0], 2
];
var CreateTargetGroupResponse$ = [3, n0, _CTGRr,
    0,
    [_i, _a, _n, _ty, _co, _st],
    [0, 0, 0, 0, () => TargetGroupConfig$, 0]
];
var DeleteAccessLogSubscriptionRequest$ = [3, n0, _DALSR,
    0,
    [_aLSI],
    [[0, 1]], 1
];
var DeleteAccessLogSubscriptionResponse$ = [3, n0, _DALSRe,
    0,
    [],
    []
];
var DeleteAuthPolicyRequest$ = [3, n0, _DAPR,
    0,
    [_rIe],
    [[0, 1]], 1
];
var DeleteAuthPolicyResponse$ = [3, n0, _DAPRe,
    0,
    [],
    []
];
var DeleteDomainVerificationRequest$ = [3, n0, _DDVR,
    0,
    [_dVI],
    [[0, 1]], 1
];
var DeleteDomainVerificationResponse$ = [3, n0, _DDVRe,
    0,
    [],
    []
];
var DeleteListenerRequest$ = [3, n0, _DLR,
    0,
    [_sI, _lI],
    [[0, 1], [0, 1]], 2
];
var DeleteListenerResponse$ = [3, n0, _DLRe,
    0,
    [],
    []
];
var DeleteResourceConfigurationRequest$ = [3, n0, _DRCR,
    0,
    [_rCI],
    [[0, 1]], 1
];
var DeleteResourceConfigurationResponse$ = [3, n0, _DRCRe,
    0,
    [],
    []
];
var DeleteResourceEndpointAssociationRequest$ = [3, n0, _DREAR,
    0,
    [_rEAI],
    [[0, 1]], 1
];
var DeleteResourceEndpointAssociationResponse$ = [3, n0, _DREARe,
    0,
    [_i, _a, _rCIe, _rCA, _vEI],
    [0, 0, 0, 0, 0]
];
var DeleteResourceGatewayRequest$ = [3, n0, _DRGR,
    0,
    [_rGI],
    [[0, 1]], 1
];
var DeleteResourceGatewayResponse$ = [3, n0, _DRGRe,
    0,
    [_i, _a, _n, _st],
    [0, 0, 0, 0]
];
var DeleteResourcePolicyRequest$ = [3, n0, _DRPR,
    0,
    [_rA],
    [[0, 1]], 1
];
var DeleteResourcePolicyResponse$ = [3, n0, _DRPRe,
    0,
    [],
    []
];
var DeleteRuleRequest$ = [3, n0, _DRR,
    0,
    [_sI, _lI, _rIu],
    [[0, 1], [0, 1], [0, 1]], 3
];
var DeleteRuleResponse$ = [3, n0, _DRRe,
    0,
    [],
    []
];
var DeleteServiceNetworkRequest$ = [3, n0, _DSNR,
    0,
    [_sNI],
    [[0, 1]], 1
];
var DeleteServiceNetworkResourceAssociationRequest$ = [3, n0, _DSNRAR,
    0,
    [_sNRAI],
    [[0, 1]], 1
];
var DeleteServiceNetworkResourceAssociationResponse$ = [3, n0, _DSNRARe,
    0,
    [_i, _a, _st],
    [0, 0, 0]
];
var DeleteServiceNetworkResponse$ = [3, n0, _DSNRe,
    0,
    [],
    []
];
var DeleteServiceNetworkServiceAssociationRequest$ = [3, n0, _DSNSAR,
    0,
    [_sNSAI],
    [[0, 1]], 1
];
var DeleteServiceNetworkServiceAssociationResponse$ = [3, n0, _DSNSARe,
    0,
    [_i, _st, _a],
    [0, 0, 0]
];
var DeleteServiceNetworkVpcAssociationRequest$ = [3, n0, _DSNVAR,
    0,
    [_sNVAI],
    [[0, 1]], 1
];
var DeleteServiceNetworkVpcAssociationResponse$ = [3, n0, _DSNVARe,
    0,
    [_i, _st, _a],
    [0, 0, 0]
];
var DeleteServiceRequest$ = [3, n0, _DSR,
    0,
    [_sI],
    [[0, 1]], 1
];
var DeleteServiceResponse$ = [3, n0, _DSRe,
    0,
    [_i, _a, _n, _st],
    [0, 0, 0, 0]
];
var DeleteTargetGroupRequest$ = [3, n0, _DTGR,
    0,
    [_tGI],
    [[0, 1]], 1
];
var DeleteTargetGroupResponse$ = [3, n0, _DTGRe,
    0,
    [_i, _a, _st],
    [0, 0, 0]
];
var DeregisterTargetsRequest$ = [3, n0, _DTR,
    0,
    [_tGI, _ta],
    [[0, 1], () => TargetList], 2
];
var DeregisterTargetsResponse$ = [3, n0, _DTRe,
    0,
    [_su, _u],
    [() => TargetList, () => TargetFailureList]
];
var DnsEntry$ = [3, n0, _DE,
    0,
    [_dN, _hZI],
    [0, 0]
];
var DnsOptions$ = [3, n0, _DO,
    0,
    [_pDP, _pDSD],
    [0, 64 | 0]
];
var DnsResource$ = [3, n0, _DR,
    0,
    [_dN, _iAT],
    [0, 0]
];
var DomainVerificationSummary$ = [3, n0, _DVS,
    0,
    [_i, _a, _dN, _st, _cA, _tMC, _lVT, _t],
    [0, 0, 0, 0, 5, () => TxtMethodConfig$, 5, 128 | 0], 5
];
var FixedResponseAction$ = [3, n0, _FRA,
    0,
    [_sCt],
    [1], 1
];
var ForwardAction$ = [3, n0, _FA,
    0,
    [_tG],
    [() => WeightedTargetGroupList], 1
];
var GetAccessLogSubscriptionRequest$ = [3, n0, _GALSR,
    0,
    [_aLSI],
    [[0, 1]], 1
];
var GetAccessLogSubscriptionResponse$ = [3, n0, _GALSRe,
    0,
    [_i, _a, _rI, _rA, _dA, _cA, _lUA, _sNLT],
    [0, 0, 0, 0, 0, 5, 5, 0], 7
];
var GetAuthPolicyRequest$ = [3, n0, _GAPR,
    0,
    [_rIe],
    [[0, 1]], 1
];
var GetAuthPolicyResponse$ = [3, n0, _GAPRe,
    0,
    [_pol, _sta, _cA, _lUA],
    [0, 0, 5, 5]
];
var GetDomainVerificationRequest$ = [3, n0, _GDVR,
    0,
    [_dVI],
    [[0, 1]], 1
];
var GetDomainVerificationResponse$ = [3, n0, _GDVRe,
    0,
    [_i, _a, _dN, _st, _cA, _tMC, _lVT, _t],
    [0, 0, 0, 0, 5, () => TxtMethodConfig$, 5, 128 | 0], 5
];
var GetListenerRequest$ = [3, n0, _GLR,
    0,
    [_sI, _lI],
    [[0, 1], [0, 1]], 2
];
var GetListenerResponse$ = [3, n0, _GLRe,
    0,
    [_a, _i, _n, _p, _po, _sA, _sIe, _dAe, _cA, _lUA],
    [0, 0, 0, 0, 1, 0, 0, () => RuleAction$, 5, 5]
];
var GetResourceConfigurationRequest$ = [3, n0, _GRCR,
    0,
    [_rCI],
    [[0, 1]], 1
];
var GetResourceConfigurationResponse$ = [3, n0, _GRCRe,
    0,
    [_i, _n, _a, _rGIe, _rCGIe, _ty, _aATSSN, _pR, _p, _cDN, _st, _rCD, _cA, _aM, _fR, _lUA, _dVIo, _dVA, _dVS, _gD],
    [0, 0, 0, 0, 0, 0, 2, 64 | 0, 0, 0, 0, () => ResourceConfigurationDefinition$, 5, 2, 0, 5, 0, 0, 0, 0]
];
var GetResourceGatewayRequest$ = [3, n0, _GRGR,
    0,
    [_rGI],
    [[0, 1]], 1
];
var GetResourceGatewayResponse$ = [3, n0, _GRGRe,
    0,
    [_n, _i, _a, _st, _vIp, _sIu, _sM, _mB, _sGI, _iAT, _iAPE, _rCDR, _cA, _lUA],
    [0, 0, 0, 0, 0, 64 | 0, 2, 0, 64 | 0, 0, 1, 0, 5, 5]
];
var GetResourcePolicyRequest$ = [3, n0, _GRPR,
    0,
    [_rA],
    [[0, 1]], 1
];
var GetResourcePolicyResponse$ = [3, n0, _GRPRe,
    0,
    [_pol],
    [0]
];
var GetRuleRequest$ = [3, n0, _GRR,
    0,
    [_sI, _lI, _rIu],
    [[0, 1], [0, 1], [0, 1]], 3
];
var GetRuleResponse$ = [3, n0, _GRRe,
    0,
    [_a, _i, _n, _iD, _ma, _pr, _ac, _cA, _lUA],
    [0, 0, 0, 2, () => RuleMatch$, 1, () => RuleAction$, 5, 5]
];
var GetServiceNetworkRequest$ = [3, n0, _GSNR,
    0,
    [_sNI],
    [[0, 1]], 1
];
var GetServiceNetworkResourceAssociationRequest$ = [3, n0, _GSNRAR,
    0,
    [_sNRAI],
    [[0, 1]], 1
];
var GetServiceNetworkResourceAssociationResponse$ = [3, n0, _GSNRARe,
    0,
    [_i, _a, _st, _cB, _cA, _rCIe, _rCA, _rCN, _sNIe, _sNA, _sNN, _fR, _fC, _lUA, _pDEr, _pDE, _dE, _iMA, _dVS],
    [0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 5, () => DnsEntry$, 2, () => DnsEntry$, 2, 0]
];
var GetServiceNetworkResponse$ = [3, n0, _GSNRe,
    0,
    [_i, _n, _cA, _lUA, _a, _aT, _sCh, _nOAVPC, _nOAS],
    [0, 0, 5, 5, 0, 0, () => SharingConfig$, 1, 1]
];
var GetServiceNetworkServiceAssociationRequest$ = [3, n0, _GSNSAR,
    0,
    [_sNSAI],
    [[0, 1]], 1
];
var GetServiceNetworkServiceAssociationResponse$ = [3, n0, _GSNSARe,
    0,
    [_i, _st, _a, _cB, _cA, _sIe, _sN, _sA, _sNIe, _sNN, _sNA, _dE, _cDN, _fM, _fC],
    [0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, () => DnsEntry$, 0, 0, 0]
];
var GetServiceNetworkVpcAssociationRequest$ = [3, n0, _GSNVAR,
    0,
    [_sNVAI],
    [[0, 1]], 1
];
var GetServiceNetworkVpcAssociationResponse$ = [3, n0, _GSNVARe,
    0,
    [_i, _st, _a, _cB, _cA, _sNIe, _sNN, _sNA, _vIp, _sGI, _pDE, _fM, _fC, _lUA, _dO],
    [0, 0, 0, 0, 5, 0, 0, 0, 0, 64 | 0, 2, 0, 0, 5, () => DnsOptions$]
];
var GetServiceRequest$ = [3, n0, _GSR,
    0,
    [_sI],
    [[0, 1]], 1
];
var GetServiceResponse$ = [3, n0, _GSRe,
    0,
    [_i, _n, _a, _cA, _lUA, _dE, _cDN, _cAe, _st, _aT, _iTS, _fC, _fM],
    [0, 0, 0, 5, 5, () => DnsEntry$, 0, 0, 0, 0, 1, 0, 0]
];
var GetTargetGroupRequest$ = [3, n0, _GTGR,
    0,
    [_tGI],
    [[0, 1]], 1
];
var GetTargetGroupResponse$ = [3, n0, _GTGRe,
    0,
    [_i, _a, _n, _ty, _co, _cA, _lUA, _st, _sAe, _fM, _fC],
    [0, 0, 0, 0, () => TargetGroupConfig$, 5, 5, 0, 64 | 0, 0, 0]
];
var HeaderMatch$ = [3, n0, _HM,
    0,
    [_n, _ma, _cS],
    [0, () => HeaderMatchType$, 2], 2
];
var HealthCheckConfig$ = [3, n0, _HCC,
    0,
    [_en, _p, _pV, _po, _pa, _hCIS, _hCTS, _hTC, _uTC, _mat],
    [2, 0, 0, 1, 0, 1, 1, 1, 1, () => Matcher$]
];
var HttpMatch$ = [3, n0, _HMt,
    0,
    [_me, _pM, _hM],
    [0, () => PathMatch$, () => HeaderMatchList]
];
var IpResource$ = [3, n0, _IR,
    0,
    [_iA],
    [0]
];
var ListAccessLogSubscriptionsRequest$ = [3, n0, _LALSR,
    0,
    [_rIe, _mR, _nT],
    [[0, { [_hQ]: _rIe }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]], 1
];
var ListAccessLogSubscriptionsResponse$ = [3, n0, _LALSRi,
    0,
    [_it, _nT],
    [() => AccessLogSubscriptionList, 0], 1
];
var ListDomainVerificationsRequest$ = [3, n0, _LDVR,
    0,
    [_mR, _nT],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
var ListDomainVerificationsResponse$ = [3, n0, _LDVRi,
    0,
    [_it, _nT],
    [() => DomainVerificationList, 0], 1
];
var ListenerSummary$ = [3, n0, _LS,
    0,
    [_a, _i, _n, _p, _po, _cA, _lUA],
    [0, 0, 0, 0, 1, 5, 5]
];
var ListListenersRequest$ = [3, n0, _LLR,
    0,
    [_sI, _mR, _nT],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]], 1
];
var ListListenersResponse$ = [3, n0, _LLRi,
    0,
    [_it, _nT],
    [() => ListenerSummaryList, 0], 1
];
var ListResourceConfigurationsRequest$ = [3, n0, _LRCR,
    0,
    [_rGI, _rCGI, _dVI, _mR, _nT],
    [[0, { [_hQ]: _rGI }], [0, { [_hQ]: _rCGI }], [0, { [_hQ]: _dVI }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
var ListResourceConfigurationsResponse$ = [3, n0, _LRCRi,
    0,
    [_it, _nT],
    [() => ResourceConfigurationSummaryList, 0]
];
var ListResourceEndpointAssociationsRequest$ = [3, n0, _LREAR,
    0,
    [_rCI, _rEAI, _vEI, _vEO, _mR, _nT],
    [[0, { [_hQ]: _rCI }], [0, { [_hQ]: _rEAI }], [0, { [_hQ]: _vEI }], [0, { [_hQ]: _vEO }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]], 1
];
var ListResourceEndpointAssociationsResponse$ = [3, n0, _LREARi,
    0,
    [_it, _nT],
    [() => ResourceEndpointAssociationList, 0], 1
];
var ListResourceGatewaysRequest$ = [3, n0, _LRGR,
    0,
    [_mR, _nT],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
var ListResourceGatewaysResponse$ = [3, n0, _LRGRi,
    0,
    [_it, _nT],
    [() => ResourceGatewayList, 0]
];
var ListRulesRequest$ = [3, n0, _LRR,
    0,
    [_sI, _lI, _mR, _nT],
    [[0, 1], [0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]], 2
];
var ListRulesResponse$ = [3, n0, _LRRi,
    0,
    [_it, _nT],
    [() => RuleSummaryList, 0], 1
];
var ListServiceNetworkResourceAssociationsRequest$ = [3, n0, _LSNRAR,
    0,
    [_sNI, _rCI, _mR, _nT, _iC],
    [[0, { [_hQ]: _sNI }], [0, { [_hQ]: _rCI }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [2, { [_hQ]: _iC }]]
];
var ListServiceNetworkResourceAssociationsResponse$ = [3, n0, _LSNRARi,
    0,
    [_it, _nT],
    [() => ServiceNetworkResourceAssociationList, 0], 1
];
var ListServiceNetworkServiceAssociationsRequest$ = [3, n0, _LSNSAR,
    0,
    [_sNI, _sI, _mR, _nT],
    [[0, { [_hQ]: _sNI }], [0, { [_hQ]: _sI }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
var ListServiceNetworkServiceAssociationsResponse$ = [3, n0, _LSNSARi,
    0,
    [_it, _nT],
    [() => ServiceNetworkServiceAssociationList, 0], 1
];
var ListServiceNetworksRequest$ = [3, n0, _LSNR,
    0,
    [_mR, _nT],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
var ListServiceNetworksResponse$ = [3, n0, _LSNRi,
    0,
    [_it, _nT],
    [() => ServiceNetworkList, 0], 1
];
var ListServiceNetworkVpcAssociationsRequest$ = [3, n0, _LSNVAR,
    0,
    [_sNI, _vI, _mR, _nT],
    [[0, { [_hQ]: _sNI }], [0, { [_hQ]: _vI }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
var ListServiceNetworkVpcAssociationsResponse$ = [3, n0, _LSNVARi,
    0,
    [_it, _nT],
    [() => ServiceNetworkVpcAssociationList, 0], 1
];
var ListServiceNetworkVpcEndpointAssociationsRequest$ = [3, n0, _LSNVEAR,
    0,
    [_sNI, _mR, _nT],
    [[0, { [_hQ]: _sNI }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]], 1
];
var ListServiceNetworkVpcEndpointAssociationsResponse$ = [3, n0, _LSNVEARi,
    0,
    [_it, _nT],
    [() => ServiceNetworkVpcEndpointAssociationList, 0], 1
];
var ListServicesRequest$ = [3, n0, _LSR,
    0,
    [_mR, _nT],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
var ListServicesResponse$ = [3, n0, _LSRi,
    0,
    [_it, _nT],
    [() => ServiceList, 0]
];
var ListTagsForResourceRequest$ = [3, n0, _LTFRR,
    0,
    [_rA],
    [[0, 1]], 1
];
var ListTagsForResourceResponse$ = [3, n0, _LTFRRi,
    0,
    [_t],
    [128 | 0]
];
var ListTargetGroupsRequest$ = [3, n0, _LTGR,
    0,
    [_mR, _nT, _vI, _tGT],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _vI }], [0, { [_hQ]: _tGT }]]
];
var ListTargetGroupsResponse$ = [3, n0, _LTGRi,
    0,
    [_it, _nT],
    [() => TargetGroupList, 0]
];
var ListTargetsRequest$ = [3, n0, _LTR,
    0,
    [_tGI, _mR, _nT, _ta],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], () => TargetList], 1
];
var ListTargetsResponse$ = [3, n0, _LTRi,
    0,
    [_it, _nT],
    [() => TargetSummaryList, 0], 1
];
var PathMatch$ = [3, n0, _PM,
    0,
    [_ma, _cS],
    [() => PathMatchType$, 2], 1
];
var PayerResponsibilityEntry$ = [3, n0, _PRE,
    0,
    [_sc, _pRT],
    [0, 0]
];
var PutAuthPolicyRequest$ = [3, n0, _PAPR,
    0,
    [_rIe, _pol],
    [[0, 1], 0], 2
];
var PutAuthPolicyResponse$ = [3, n0, _PAPRu,
    0,
    [_pol, _sta],
    [0, 0]
];
var PutResourcePolicyRequest$ = [3, n0, _PRPR,
    0,
    [_rA, _pol],
    [[0, 1], 0], 2
];
var PutResourcePolicyResponse$ = [3, n0, _PRPRu,
    0,
    [],
    []
];
var RegisterTargetsRequest$ = [3, n0, _RTR,
    0,
    [_tGI, _ta],
    [[0, 1], () => TargetList], 2
];
var RegisterTargetsResponse$ = [3, n0, _RTRe,
    0,
    [_su, _u],
    [() => TargetList, () => TargetFailureList]
];
var ResourceConfigurationSummary$ = [3, n0, _RCS,
    0,
    [_i, _n, _a, _rGIe, _rCGIe, _ty, _st, _aM, _cA, _lUA, _cDN, _dVIo, _gD],
    [0, 0, 0, 0, 0, 0, 0, 2, 5, 5, 0, 0, 0]
];
var ResourceEndpointAssociationSummary$ = [3, n0, _REAS,
    0,
    [_i, _a, _rCIe, _rCA, _rCN, _vEI, _vEO, _cB, _cA, _pRa],
    [0, 0, 0, 0, 0, 0, 0, 0, 5, () => PayerResponsibilityList]
];
var ResourceGatewaySummary$ = [3, n0, _RGS,
    0,
    [_n, _i, _a, _st, _vI, _sIu, _sGI, _iAT, _iAPE, _rCDR, _cA, _lUA],
    [0, 0, 0, 0, 0, 64 | 0, 64 | 0, 0, 1, 0, 5, 5]
];
var RuleSummary$ = [3, n0, _RS,
    0,
    [_a, _i, _n, _iD, _pr, _cA, _lUA],
    [0, 0, 0, 2, 1, 5, 5]
];
var RuleUpdate$ = [3, n0, _RU,
    0,
    [_rIu, _ma, _pr, _ac],
    [0, () => RuleMatch$, 1, () => RuleAction$], 1
];
var RuleUpdateFailure$ = [3, n0, _RUF,
    0,
    [_rIu, _fC, _fM],
    [0, 0, 0]
];
var RuleUpdateSuccess$ = [3, n0, _RUS,
    0,
    [_a, _i, _n, _iD, _ma, _pr, _ac],
    [0, 0, 0, 2, () => RuleMatch$, 1, () => RuleAction$]
];
var ServiceNetworkEndpointAssociation$ = [3, n0, _SNEA,
    0,
    [_vEI, _vIp, _vEOI, _i, _sta, _sNA, _cA],
    [0, 0, 0, 0, 0, 0, 5]
];
var ServiceNetworkResourceAssociationSummary$ = [3, n0, _SNRAS,
    0,
    [_i, _a, _st, _cB, _cA, _rCIe, _rCA, _rCN, _sNIe, _sNA, _sNN, _dE, _pDEr, _iMA, _fC, _pDE],
    [0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, () => DnsEntry$, () => DnsEntry$, 2, 0, 2]
];
var ServiceNetworkServiceAssociationSummary$ = [3, n0, _SNSAS,
    0,
    [_i, _st, _a, _cB, _cA, _sIe, _sN, _sA, _sNIe, _sNN, _sNA, _dE, _cDN],
    [0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, () => DnsEntry$, 0]
];
var ServiceNetworkSummary$ = [3, n0, _SNS,
    0,
    [_i, _n, _a, _cA, _lUA, _nOAVPC, _nOAS, _nOARC],
    [0, 0, 0, 5, 5, 1, 1, 1]
];
var ServiceNetworkVpcAssociationSummary$ = [3, n0, _SNVAS,
    0,
    [_i, _a, _st, _cB, _cA, _sNIe, _sNN, _sNA, _pDE, _dO, _vIp, _lUA],
    [0, 0, 0, 0, 5, 0, 0, 0, 2, () => DnsOptions$, 0, 5]
];
var ServiceSummary$ = [3, n0, _SS,
    0,
    [_i, _n, _a, _cA, _lUA, _dE, _cDN, _st],
    [0, 0, 0, 5, 5, () => DnsEntry$, 0, 0]
];
var SharingConfig$ = [3, n0, _SC,
    0,
    [_en],
    [2]
];
var StartDomainVerificationRequest$ = [3, n0, _SDVR,
    0,
    [_dN, _cT, _t],
    [0, [0, 4], 128 | 0], 1
];
var StartDomainVerificationResponse$ = [3, n0, _SDVRt,
    0,
    [_i, _a, _dN, _st, _tMC],
    [0, 0, 0, 0, () => TxtMethodConfig$], 4
];
var TagResourceRequest$ = [3, n0, _TRR,
    0,
    [_rA, _t],
    [[0, 1], 128 | 0], 2
];
var TagResourceResponse$ = [3, n0, _TRRa,
    0,
    [],
    []
];
var Target$ = [3, n0, _T,
    0,
    [_i, _po],
    [0, 1], 1
];
var TargetFailure$ = [3, n0, _TF,
    0,
    [_i, _po, _fC, _fM],
    [0, 1, 0, 0]
];
var TargetGroupConfig$ = [3, n0, _TGC,
    0,
    [_po, _p, _pV, _iAT, _vI, _hC, _lESV],
    [1, 0, 0, 0, 0, () => HealthCheckConfig$, 0]
];
var TargetGroupSummary$ = [3, n0, _TGS,
    0,
    [_i, _a, _n, _ty, _cA, _po, _p, _iAT, _vI, _lUA, _st, _sAe, _lESV],
    [0, 0, 0, 0, 5, 1, 0, 0, 0, 5, 0, 64 | 0, 0]
];
var TargetSummary$ = [3, n0, _TS,
    0,
    [_i, _po, _st, _rC],
    [0, 1, 0, 0]
];
var TxtMethodConfig$ = [3, n0, _TMC,
    0,
    [_v, _n],
    [0, 0], 2
];
var UntagResourceRequest$ = [3, n0, _URR,
    0,
    [_rA, _tK],
    [[0, 1], [64 | 0, { [_hQ]: _tK }]], 2
];
var UntagResourceResponse$ = [3, n0, _URRn,
    0,
    [],
    []
];
var UpdateAccessLogSubscriptionRequest$ = [3, n0, _UALSR,
    0,
    [_aLSI, _dA],
    [[0, 1], 0], 2
];
var UpdateAccessLogSubscriptionResponse$ = [3, n0, _UALSRp,
    0,
    [_i, _a, _rI, _rA, _dA],
    [0, 0, 0, 0, 0], 5
];
var UpdateListenerRequest$ = [3, n0, _ULR,
    0,
    [_sI, _lI, _dAe],
    [[0, 1], [0, 1], () => RuleAction$], 3
];
var UpdateListenerResponse$ = [3, n0, _ULRp,
    0,
    [_a, _i, _n, _p, _po, _sA, _sIe, _dAe],
    [0, 0, 0, 0, 1, 0, 0, () => RuleAction$]
];
var UpdateResourceConfigurationRequest$ = [3, n0, _URCR,
    0,
    [_rCI, _rCD, _aATSSN, _pR],
    [[0, 1], () => ResourceConfigurationDefinition$, 2, 64 | 0], 1
];
var UpdateResourceConfigurationResponse$ = [3, n0, _URCRp,
    0,
    [_i, _n, _a, _rGIe, _rCGIe, _ty, _pR, _aATSSN, _p, _st, _rCD],
    [0, 0, 0, 0, 0, 0, 64 | 0, 2, 0, 0, () => ResourceConfigurationDefinition$]
];
var UpdateResourceGatewayRequest$ = [3, n0, _URGR,
    0,
    [_rGI, _sGI],
    [[0, 1], 64 | 0], 1
];
var UpdateResourceGatewayResponse$ = [3, n0, _URGRp,
    0,
    [_n, _i, _a, _st, _vIp, _sIu, _sGI, _iAT],
    [0, 0, 0, 0, 0, 64 | 0, 64 | 0, 0]
];
var UpdateRuleRequest$ = [3, n0, _URRp,
    0,
    [_sI, _lI, _rIu, _ma, _pr, _ac],
    [[0, 1], [0, 1], [0, 1], () => RuleMatch$, 1, () => RuleAction$], 3
];
var UpdateRuleResponse$ = [3, n0, _URRpd,
    0,
    [_a, _i, _n, _iD, _ma, _pr, _ac],
    [0, 0, 0, 2, () => RuleMatch$, 1, () => RuleAction$]
];
var UpdateServiceNetworkRequest$ = [3, n0, _USNR,
    0,
    [_sNI, _aT],
    [[0, 1], 0], 2
];
var UpdateServiceNetworkResponse$ = [3, n0, _USNRp,
    0,
    [_i, _n, _a, _aT],
    [0, 0, 0, 0]
];
var UpdateServiceNetworkVpcAssociationRequest$ = [3, n0, _USNVAR,
    0,
    [_sNVAI, _sGI, _pDE, _dO],
    [[0, 1], 64 | 0, 2, () => DnsOptions$], 1
];
var UpdateServiceNetworkVpcAssociationResponse$ = [3, n0, _USNVARp,
    0,
    [_i, _a, _st, _cB, _sGI, _pDE, _dO],
    [0, 0, 0, 0, 64 | 0, 2, () => DnsOptions$]
];
var UpdateServiceRequest$ = [3, n0, _USR,
    0,
    [_sI, _cAe, _aT, _iTS],
    [[0, 1], 0, 0, 1], 1
];
var UpdateServiceResponse$ = [3, n0, _USRp,
    0,
    [_i, _a, _n, _cDN, _cAe, _aT, _iTS],
    [0, 0, 0, 0, 0, 0, 1]
];
var UpdateTargetGroupRequest$ = [3, n0, _UTGR,
    0,
    [_tGI, _hC],
    [[0, 1], () => HealthCheckConfig$], 2
];
var UpdateTargetGroupResponse$ = [3, n0, _UTGRp,
    0,
    [_i, _a, _n, _ty, _co, _st],
    [0, 0, 0, 0, () => TargetGroupConfig$, 0]
];
var ValidationExceptionField$ = [3, n0, _VEF,
    0,
    [_n, _m],
    [0, 0], 2
];
var WeightedTargetGroup$ = [3, n0, _WTG,
    0,
    [_tGI, _w],
    [0, 1], 1
];
var AccessLogSubscriptionList = [1, n0, _ALSL,
    0, () => AccessLogSubscriptionSummary$
];
var DomainVerificationList = [1, n0, _DVL,
    0, () => DomainVerificationSummary$
];
var HeaderMatchList = [1, n0, _HML,
    0, () => HeaderMatch$
];
var ListenerSummaryList = [1, n0, _LSL,
    0, () => ListenerSummary$
];
var PayerResponsibilityList = [1, n0, _PRL,
    0, () => PayerResponsibilityEntry$
];
var ResourceConfigurationSummaryList = [1, n0, _RCSL,
    0, () => ResourceConfigurationSummary$
];
var ResourceEndpointAssociationList = [1, n0, _REAL,
    0, () => ResourceEndpointAssociationSummary$
];
var ResourceGatewayList = [1, n0, _RGL,
    0, () => ResourceGatewaySummary$
];
var RuleSummaryList = [1, n0, _RSL,
    0, () => RuleSummary$
];
var RuleUpdateFailureList = [1, n0, _RUFL,
    0, () => RuleUpdateFailure$
];
var RuleUpdateList = [1, n0, _RUL,
    0, () => RuleUpdate$
];
var RuleUpdateSuccessList = [1, n0, _RUSL,
    0, () => RuleUpdateSuccess$
];
var ServiceList = [1, n0, _SL,
    0, () => ServiceSummary$
];
var ServiceNetworkList = [1, n0, _SNL,
    0, () => ServiceNetworkSummary$
];
var ServiceNetworkResourceAssociationList = [1, n0, _SNRAL,
    0, () => ServiceNetworkResourceAssociationSummary$
];
var ServiceNetworkServiceAssociationList = [1, n0, _SNSAL,
    0, () => ServiceNetworkServiceAssociationSummary$
];
var ServiceNetworkVpcAssociationList = [1, n0, _SNVAL,
    0, () => ServiceNetworkVpcAssociationSummary$
];
var ServiceNetworkVpcEndpointAssociationList = [1, n0, _SNVEAL,
    0, () => ServiceNetworkEndpointAssociation$
];
var TargetFailureList = [1, n0, _TFL,
    0, () => TargetFailure$
];
var TargetGroupList = [1, n0, _TGL,
    0, () => TargetGroupSummary$
];
var TargetList = [1, n0, _TL,
    0, () => Target$
];
var TargetSummaryList = [1, n0, _TSL,
    0, () => TargetSummary$
];
var ValidationExceptionFieldList = [1, n0, _VEFL,
    0, () => ValidationExceptionField$
];
var WeightedTargetGroupList = [1, n0, _WTGL,
    0, () => WeightedTargetGroup$
];
var HeaderMatchType$ = [4, n0, _HMT,
    0,
    [_ex, _pre, _con],
    [0, 0, 0]
];
var Matcher$ = [4, n0, _M,
    0,
    [_hCt],
    [0]
];
var PathMatchType$ = [4, n0, _PMT,
    0,
    [_ex, _pre],
    [0, 0]
];
var ResourceConfigurationDefinition$ = [4, n0, _RCD,
    0,
    [_dR, _iR, _aR, _cRi],
    [() => DnsResource$, () => IpResource$, () => ArnResource$, () => CidrResource$]
];
var RuleAction$ = [4, n0, _RAu,
    0,
    [_f, _fRi],
    [() => ForwardAction$, () => FixedResponseAction$]
];
var RuleMatch$ = [4, n0, _RM,
    0,
    [_hMt],
    [() => HttpMatch$]
];
var BatchUpdateRule$ = [9, n0, _BUR,
    { [_h]: ["PATCH", "/services/{serviceIdentifier}/listeners/{listenerIdentifier}/rules", 200] }, () => BatchUpdateRuleRequest$, () => BatchUpdateRuleResponse$
];
var CreateAccessLogSubscription$ = [9, n0, _CALS,
    { [_h]: ["POST", "/accesslogsubscriptions", 201] }, () => CreateAccessLogSubscriptionRequest$, () => CreateAccessLogSubscriptionResponse$
];
var CreateListener$ = [9, n0, _CL,
    { [_h]: ["POST", "/services/{serviceIdentifier}/listeners", 201] }, () => CreateListenerRequest$, () => CreateListenerResponse$
];
var CreateResourceConfiguration$ = [9, n0, _CRC,
    { [_h]: ["POST", "/resourceconfigurations", 201] }, () => CreateResourceConfigurationRequest$, () => CreateResourceConfigurationResponse$
];
var CreateResourceGateway$ = [9, n0, _CRG,
    { [_h]: ["POST", "/resourcegateways", 201] }, () => CreateResourceGatewayRequest$, () => CreateResourceGatewayResponse$
];
var CreateRule$ = [9, n0, _CRr,
    { [_h]: ["POST", "/services/{serviceIdentifier}/listeners/{listenerIdentifier}/rules", 201] }, () => CreateRuleRequest$, () => CreateRuleResponse$
];
var CreateService$ = [9, n0, _CS,
    { [_h]: ["POST", "/services", 201] }, () => CreateServiceRequest$, () => CreateServiceResponse$
];
var CreateServiceNetwork$ = [9, n0, _CSN,
    { [_h]: ["POST", "/servicenetworks", 201] }, () => CreateServiceNetworkRequest$, () => CreateServiceNetworkResponse$
];
var CreateServiceNetworkResourceAssociation$ = [9, n0, _CSNRA,
    { [_h]: ["POST", "/servicenetworkresourceassociations", 201] }, () => CreateServiceNetworkResourceAssociationRequest$, () => CreateServiceNetworkResourceAssociationResponse$
];
var CreateServiceNetworkServiceAssociation$ = [9, n0, _CSNSA,
    { [_h]: ["POST", "/servicenetworkserviceassociations", 200] }, () => CreateServiceNetworkServiceAssociationRequest$, () => CreateServiceNetworkServiceAssociationResponse$
];
var CreateServiceNetworkVpcAssociation$ = [9, n0, _CSNVA,
    { [_h]: ["POST", "/servicenetworkvpcassociations", 200] }, () => CreateServiceNetworkVpcAssociationRequest$, () => CreateServiceNetworkVpcAssociationResponse$
];
var CreateTargetGroup$ = [9, n0, _CTG,
    { [_h]: ["POST", "/targetgroups", 201] }, () => CreateTargetGroupRequest$, () => CreateTargetGroupResponse$
];
var DeleteAccessLogSubscription$ = [9, n0, _DALS,
    { [_h]: ["DELETE", "/accesslogsubscriptions/{accessLogSubscriptionIdentifier}", 204] }, () => DeleteAccessLogSubscriptionRequest$, () => DeleteAccessLogSubscriptionResponse$
];
var DeleteAuthPolicy$ = [9, n0, _DAP,
    { [_h]: ["DELETE", "/authpolicy/{resourceIdentifier}", 204] }, () => DeleteAuthPolicyRequest$, () => DeleteAuthPolicyResponse$
];
var DeleteDomainVerification$ = [9, n0, _DDV,
    { [_h]: ["DELETE", "/domainverifications/{domainVerificationIdentifier}", 200] }, () => DeleteDomainVerificationRequest$, () => DeleteDomainVerificationResponse$
];
var DeleteListener$ = [9, n0, _DL,
    { [_h]: ["DELETE", "/services/{serviceIdentifier}/listeners/{listenerIdentifier}", 204] }, () => DeleteListenerRequest$, () => DeleteListenerResponse$
];
var DeleteResourceConfiguration$ = [9, n0, _DRC,
    { [_h]: ["DELETE", "/resourceconfigurations/{resourceConfigurationIdentifier}", 204] }, () => DeleteResourceConfigurationRequest$, () => DeleteResourceConfigurationResponse$
];
var DeleteResourceEndpointAssociation$ = [9, n0, _DREA,
    { [_h]: ["DELETE", "/resourceendpointassociations/{resourceEndpointAssociationIdentifier}", 200] }, () => DeleteResourceEndpointAssociationRequest$, () => DeleteResourceEndpointAssociationResponse$
];
var DeleteResourceGateway$ = [9, n0, _DRG,
    { [_h]: ["DELETE", "/resourcegateways/{resourceGatewayIdentifier}", 200] }, () => DeleteResourceGatewayRequest$, () => DeleteResourceGatewayResponse$
];
var DeleteResourcePolicy$ = [9, n0, _DRP,
    { [_h]: ["DELETE", "/resourcepolicy/{resourceArn}", 204] }, () => DeleteResourcePolicyRequest$, () => DeleteResourcePolicyResponse$
];
var DeleteRule$ = [9, n0, _DRe,
    { [_h]: ["DELETE", "/services/{serviceIdentifier}/listeners/{listenerIdentifier}/rules/{ruleIdentifier}", 204] }, () => DeleteRuleRequest$, () => DeleteRuleResponse$
];
var DeleteService$ = [9, n0, _DS,
    { [_h]: ["DELETE", "/services/{serviceIdentifier}", 200] }, () => DeleteServiceRequest$, () => DeleteServiceResponse$
];
var DeleteServiceNetwork$ = [9, n0, _DSN,
    { [_h]: ["DELETE", "/servicenetworks/{serviceNetworkIdentifier}", 204] }, () => DeleteServiceNetworkRequest$, () => DeleteServiceNetworkResponse$
];
var DeleteServiceNetworkResourceAssociation$ = [9, n0, _DSNRA,
    { [_h]: ["DELETE", "/servicenetworkresourceassociations/{serviceNetworkResourceAssociationIdentifier}", 200] }, () => DeleteServiceNetworkResourceAssociationRequest$, () => DeleteServiceNetworkResourceAssociationResponse$
];
var DeleteServiceNetworkServiceAssociation$ = [9, n0, _DSNSA,
    { [_h]: ["DELETE", "/servicenetworkserviceassociations/{serviceNetworkServiceAssociationIdentifier}", 200] }, () => DeleteServiceNetworkServiceAssociationRequest$, () => DeleteServiceNetworkServiceAssociationResponse$
];
var DeleteServiceNetworkVpcAssociation$ = [9, n0, _DSNVA,
    { [_h]: ["DELETE", "/servicenetworkvpcassociations/{serviceNetworkVpcAssociationIdentifier}", 200] }, () => DeleteServiceNetworkVpcAssociationRequest$, () => DeleteServiceNetworkVpcAssociationResponse$
];
var DeleteTargetGroup$ = [9, n0, _DTG,
    { [_h]: ["DELETE", "/targetgroups/{targetGroupIdentifier}", 200] }, () => DeleteTargetGroupRequest$, () => DeleteTargetGroupResponse$
];
var DeregisterTargets$ = [9, n0, _DT,
    { [_h]: ["POST", "/targetgroups/{targetGroupIdentifier}/deregistertargets", 200] }, () => DeregisterTargetsRequest$, () => DeregisterTargetsResponse$
];
var GetAccessLogSubscription$ = [9, n0, _GALS,
    { [_h]: ["GET", "/accesslogsubscriptions/{accessLogSubscriptionIdentifier}", 200] }, () => GetAccessLogSubscriptionRequest$, () => GetAccessLogSubscriptionResponse$
];
var GetAuthPolicy$ = [9, n0, _GAP,
    { [_h]: ["GET", "/authpolicy/{resourceIdentifier}", 200] }, () => GetAuthPolicyRequest$, () => GetAuthPolicyResponse$
];
var GetDomainVerification$ = [9, n0, _GDV,
    { [_h]: ["GET", "/domainverifications/{domainVerificationIdentifier}", 200] }, () => GetDomainVerificationRequest$, () => GetDomainVerificationResponse$
];
var GetListener$ = [9, n0, _GL,
    { [_h]: ["GET", "/services/{serviceIdentifier}/listeners/{listenerIdentifier}", 200] }, () => GetListenerRequest$, () => GetListenerResponse$
];
var GetResourceConfiguration$ = [9, n0, _GRC,
    { [_h]: ["GET", "/resourceconfigurations/{resourceConfigurationIdentifier}", 200] }, () => GetResourceConfigurationRequest$, () => GetResourceConfigurationResponse$
];
var GetResourceGateway$ = [9, n0, _GRG,
    { [_h]: ["GET", "/resourcegateways/{resourceGatewayIdentifier}", 200] }, () => GetResourceGatewayRequest$, () => GetResourceGatewayResponse$
];
var GetResourcePolicy$ = [9, n0, _GRP,
    { [_h]: ["GET", "/resourcepolicy/{resourceArn}", 200] }, () => GetResourcePolicyRequest$, () => GetResourcePolicyResponse$
];
var GetRule$ = [9, n0, _GR,
    { [_h]: ["GET", "/services/{serviceIdentifier}/listeners/{listenerIdentifier}/rules/{ruleIdentifier}", 200] }, () => GetRuleRequest$, () => GetRuleResponse$
];
var GetService$ = [9, n0, _GS,
    { [_h]: ["GET", "/services/{serviceIdentifier}", 200] }, () => GetServiceRequest$, () => GetServiceResponse$
];
var GetServiceNetwork$ = [9, n0, _GSN,
    { [_h]: ["GET", "/servicenetworks/{serviceNetworkIdentifier}", 200] }, () => GetServiceNetworkRequest$, () => GetServiceNetworkResponse$
];
var GetServiceNetworkResourceAssociation$ = [9, n0, _GSNRA,
    { [_h]: ["GET", "/servicenetworkresourceassociations/{serviceNetworkResourceAssociationIdentifier}", 200] }, () => GetServiceNetworkResourceAssociationRequest$, () => GetServiceNetworkResourceAssociationResponse$
];
var GetServiceNetworkServiceAssociation$ = [9, n0, _GSNSA,
    { [_h]: ["GET", "/servicenetworkserviceassociations/{serviceNetworkServiceAssociationIdentifier}", 200] }, () => GetServiceNetworkServiceAssociationRequest$, () => GetServiceNetworkServiceAssociationResponse$
];
var GetServiceNetworkVpcAssociation$ = [9, n0, _GSNVA,
    { [_h]: ["GET", "/servicenetworkvpcassociations/{serviceNetworkVpcAssociationIdentifier}", 200] }, () => GetServiceNetworkVpcAssociationRequest$, () => GetServiceNetworkVpcAssociationResponse$
];
var GetTargetGroup$ = [9, n0, _GTG,
    { [_h]: ["GET", "/targetgroups/{targetGroupIdentifier}", 200] }, () => GetTargetGroupRequest$, () => GetTargetGroupResponse$
];
var ListAccessLogSubscriptions$ = [9, n0, _LALS,
    { [_h]: ["GET", "/accesslogsubscriptions", 200] }, () => ListAccessLogSubscriptionsRequest$, () => ListAccessLogSubscriptionsResponse$
];
var ListDomainVerifications$ = [9, n0, _LDV,
    { [_h]: ["GET", "/domainverifications", 200] }, () => ListDomainVerificationsRequest$, () => ListDomainVerificationsResponse$
];
var ListListeners$ = [9, n0, _LL,
    { [_h]: ["GET", "/services/{serviceIdentifier}/listeners", 200] }, () => ListListenersRequest$, () => ListListenersResponse$
];
var ListResourceConfigurations$ = [9, n0, _LRC,
    { [_h]: ["GET", "/resourceconfigurations", 200] }, () => ListResourceConfigurationsRequest$, () => ListResourceConfigurationsResponse$
];
var ListResourceEndpointAssociations$ = [9, n0, _LREA,
    { [_h]: ["GET", "/resourceendpointassociations", 200] }, () => ListResourceEndpointAssociationsRequest$, () => ListResourceEndpointAssociationsResponse$
];
var ListResourceGateways$ = [9, n0, _LRG,
    { [_h]: ["GET", "/resourcegateways", 200] }, () => ListResourceGatewaysRequest$, () => ListResourceGatewaysResponse$
];
var ListRules$ = [9, n0, _LR,
    { [_h]: ["GET", "/services/{serviceIdentifier}/listeners/{listenerIdentifier}/rules", 200] }, () => ListRulesRequest$, () => ListRulesResponse$
];
var ListServiceNetworkResourceAssociations$ = [9, n0, _LSNRA,
    { [_h]: ["GET", "/servicenetworkresourceassociations", 200] }, () => ListServiceNetworkResourceAssociationsRequest$, () => ListServiceNetworkResourceAssociationsResponse$
];
var ListServiceNetworks$ = [9, n0, _LSN,
    { [_h]: ["GET", "/servicenetworks", 200] }, () => ListServiceNetworksRequest$, () => ListServiceNetworksResponse$
];
var ListServiceNetworkServiceAssociations$ = [9, n0, _LSNSA,
    { [_h]: ["GET", "/servicenetworkserviceassociations", 200] }, () => ListServiceNetworkServiceAssociationsRequest$, () => ListServiceNetworkServiceAssociationsResponse$
];
var ListServiceNetworkVpcAssociations$ = [9, n0, _LSNVA,
    { [_h]: ["GET", "/servicenetworkvpcassociations", 200] }, () => ListServiceNetworkVpcAssociationsRequest$, () => ListServiceNetworkVpcAssociationsResponse$
];
var ListServiceNetworkVpcEndpointAssociations$ = [9, n0, _LSNVEA,
    { [_h]: ["GET", "/servicenetworkvpcendpointassociations", 200] }, () => ListServiceNetworkVpcEndpointAssociationsRequest$, () => ListServiceNetworkVpcEndpointAssociationsResponse$
];
var ListServices$ = [9, n0, _LSi,
    { [_h]: ["GET", "/services", 200] }, () => ListServicesRequest$, () => ListServicesResponse$
];
var ListTagsForResource$ = [9, n0, _LTFR,
    { [_h]: ["GET", "/tags/{resourceArn}", 200] }, () => ListTagsForResourceRequest$, () => ListTagsForResourceResponse$
];
var ListTargetGroups$ = [9, n0, _LTG,
    { [_h]: ["GET", "/targetgroups", 200] }, () => ListTargetGroupsRequest$, () => ListTargetGroupsResponse$
];
var ListTargets$ = [9, n0, _LT,
    { [_h]: ["POST", "/targetgroups/{targetGroupIdentifier}/listtargets", 200] }, () => ListTargetsRequest$, () => ListTargetsResponse$
];
var PutAuthPolicy$ = [9, n0, _PAP,
    { [_h]: ["PUT", "/authpolicy/{resourceIdentifier}", 200] }, () => PutAuthPolicyRequest$, () => PutAuthPolicyResponse$
];
var PutResourcePolicy$ = [9, n0, _PRP,
    { [_h]: ["PUT", "/resourcepolicy/{resourceArn}", 200] }, () => PutResourcePolicyRequest$, () => PutResourcePolicyResponse$
];
var RegisterTargets$ = [9, n0, _RT,
    { [_h]: ["POST", "/targetgroups/{targetGroupIdentifier}/registertargets", 200] }, () => RegisterTargetsRequest$, () => RegisterTargetsResponse$
];
var StartDomainVerification$ = [9, n0, _SDV,
    { [_h]: ["POST", "/domainverifications", 201] }, () => StartDomainVerificationRequest$, () => StartDomainVerificationResponse$
];
var TagResource$ = [9, n0, _TR,
    { [_h]: ["POST", "/tags/{resourceArn}", 200] }, () => TagResourceRequest$, () => TagResourceResponse$
];
var UntagResource$ = [9, n0, _UR,
    { [_h]: ["DELETE", "/tags/{resourceArn}", 200] }, () => UntagResourceRequest$, () => UntagResourceResponse$
];
var UpdateAccessLogSubscription$ = [9, n0, _UALS,
    { [_h]: ["PATCH", "/accesslogsubscriptions/{accessLogSubscriptionIdentifier}", 200] }, () => UpdateAccessLogSubscriptionRequest$, () => UpdateAccessLogSubscriptionResponse$
];
var UpdateListener$ = [9, n0, _UL,
    { [_h]: ["PATCH", "/services/{serviceIdentifier}/listeners/{listenerIdentifier}", 200] }, () => UpdateListenerRequest$, () => UpdateListenerResponse$
];
var UpdateResourceConfiguration$ = [9, n0, _URC,
    { [_h]: ["PATCH", "/resourceconfigurations/{resourceConfigurationIdentifier}", 200] }, () => UpdateResourceConfigurationRequest$, () => UpdateResourceConfigurationResponse$
];
var UpdateResourceGateway$ = [9, n0, _URG,
    { [_h]: ["PATCH", "/resourcegateways/{resourceGatewayIdentifier}", 200] }, () => UpdateResourceGatewayRequest$, () => UpdateResourceGatewayResponse$
];
var UpdateRule$ = [9, n0, _URp,
    { [_h]: ["PATCH", "/services/{serviceIdentifier}/listeners/{listenerIdentifier}/rules/{ruleIdentifier}", 200] }, () => UpdateRuleRequest$, () => UpdateRuleResponse$
];
var UpdateService$ = [9, n0, _US,
    { [_h]: ["PATCH", "/services/{serviceIdentifier}", 200] }, () => UpdateServiceRequest$, () => UpdateServiceResponse$
];
var UpdateServiceNetwork$ = [9, n0, _USN,
    { [_h]: ["PATCH", "/servicenetworks/{serviceNetworkIdentifier}", 200] }, () => UpdateServiceNetworkRequest$, () => UpdateServiceNetworkResponse$
];
var UpdateServiceNetworkVpcAssociation$ = [9, n0, _USNVA,
    { [_h]: ["PATCH", "/servicenetworkvpcassociations/{serviceNetworkVpcAssociationIdentifier}", 200] }, () => UpdateServiceNetworkVpcAssociationRequest$, () => UpdateServiceNetworkVpcAssociationResponse$
];
var UpdateTargetGroup$ = [9, n0, _UTG,
    { [_h]: ["PATCH", "/targetgroups/{targetGroupIdentifier}", 200] }, () => UpdateTargetGroupRequest$, () => UpdateTargetGroupResponse$
];

const getRuntimeConfig$1 = (config) => {
    return {
        apiVersion: "2022-11-30",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultVPCLatticeHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsRestJsonProtocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.vpclattice",
            errorTypeRegistries,
            version: "2022-11-30",
            serviceTarget: "MercuryControlPlane",
        },
        serviceId: config?.serviceId ?? "VPC Lattice",
        sha256: config?.sha256 ?? Sha256,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8,
    };
};

const getRuntimeConfig = (config) => {
    emitWarningIfUnsupportedVersion(process.version);
    const defaultsMode = resolveDefaultsModeConfig(config);
    const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
    const clientSharedValues = getRuntimeConfig$1(config);
    emitWarningIfUnsupportedVersion$1(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            loadConfig({
                ...NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE,
            }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};

const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
                _httpAuthSchemes.splice(index, 1, httpAuthScheme);
            }
        },
        httpAuthSchemes() {
            return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
            _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
            return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
            _credentials = credentials;
        },
        credentials() {
            return _credentials;
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
    };
};

const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

class VPCLatticeClient extends Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
            httpAuthSchemeParametersProvider: defaultVPCLatticeHttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
            }),
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
    }
    destroy() {
        super.destroy();
    }
}

const command = makeBuilder(commonParams, "MercuryControlPlane", "VPCLatticeClient", getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];

class BatchUpdateRuleCommand extends command(_ep0, _mw0, "BatchUpdateRule", BatchUpdateRule$) {
}

class CreateAccessLogSubscriptionCommand extends command(_ep0, _mw0, "CreateAccessLogSubscription", CreateAccessLogSubscription$) {
}

class CreateListenerCommand extends command(_ep0, _mw0, "CreateListener", CreateListener$) {
}

class CreateResourceConfigurationCommand extends command(_ep0, _mw0, "CreateResourceConfiguration", CreateResourceConfiguration$) {
}

class CreateResourceGatewayCommand extends command(_ep0, _mw0, "CreateResourceGateway", CreateResourceGateway$) {
}

class CreateRuleCommand extends command(_ep0, _mw0, "CreateRule", CreateRule$) {
}

class CreateServiceCommand extends command(_ep0, _mw0, "CreateService", CreateService$) {
}

class CreateServiceNetworkCommand extends command(_ep0, _mw0, "CreateServiceNetwork", CreateServiceNetwork$) {
}

class CreateServiceNetworkResourceAssociationCommand extends command(_ep0, _mw0, "CreateServiceNetworkResourceAssociation", CreateServiceNetworkResourceAssociation$) {
}

class CreateServiceNetworkServiceAssociationCommand extends command(_ep0, _mw0, "CreateServiceNetworkServiceAssociation", CreateServiceNetworkServiceAssociation$) {
}

class CreateServiceNetworkVpcAssociationCommand extends command(_ep0, _mw0, "CreateServiceNetworkVpcAssociation", CreateServiceNetworkVpcAssociation$) {
}

class CreateTargetGroupCommand extends command(_ep0, _mw0, "CreateTargetGroup", CreateTargetGroup$) {
}

class DeleteAccessLogSubscriptionCommand extends command(_ep0, _mw0, "DeleteAccessLogSubscription", DeleteAccessLogSubscription$) {
}

class DeleteAuthPolicyCommand extends command(_ep0, _mw0, "DeleteAuthPolicy", DeleteAuthPolicy$) {
}

class DeleteDomainVerificationCommand extends command(_ep0, _mw0, "DeleteDomainVerification", DeleteDomainVerification$) {
}

class DeleteListenerCommand extends command(_ep0, _mw0, "DeleteListener", DeleteListener$) {
}

class DeleteResourceConfigurationCommand extends command(_ep0, _mw0, "DeleteResourceConfiguration", DeleteResourceConfiguration$) {
}

class DeleteResourceEndpointAssociationCommand extends command(_ep0, _mw0, "DeleteResourceEndpointAssociation", DeleteResourceEndpointAssociation$) {
}

class DeleteResourceGatewayCommand extends command(_ep0, _mw0, "DeleteResourceGateway", DeleteResourceGateway$) {
}

class DeleteResourcePolicyCommand extends command(_ep0, _mw0, "DeleteResourcePolicy", DeleteResourcePolicy$) {
}

class DeleteRuleCommand extends command(_ep0, _mw0, "DeleteRule", DeleteRule$) {
}

class DeleteServiceCommand extends command(_ep0, _mw0, "DeleteService", DeleteService$) {
}

class DeleteServiceNetworkCommand extends command(_ep0, _mw0, "DeleteServiceNetwork", DeleteServiceNetwork$) {
}

class DeleteServiceNetworkResourceAssociationCommand extends command(_ep0, _mw0, "DeleteServiceNetworkResourceAssociation", DeleteServiceNetworkResourceAssociation$) {
}

class DeleteServiceNetworkServiceAssociationCommand extends command(_ep0, _mw0, "DeleteServiceNetworkServiceAssociation", DeleteServiceNetworkServiceAssociation$) {
}

class DeleteServiceNetworkVpcAssociationCommand extends command(_ep0, _mw0, "DeleteServiceNetworkVpcAssociation", DeleteServiceNetworkVpcAssociation$) {
}

class DeleteTargetGroupCommand extends command(_ep0, _mw0, "DeleteTargetGroup", DeleteTargetGroup$) {
}

class DeregisterTargetsCommand extends command(_ep0, _mw0, "DeregisterTargets", DeregisterTargets$) {
}

class GetAccessLogSubscriptionCommand extends command(_ep0, _mw0, "GetAccessLogSubscription", GetAccessLogSubscription$) {
}

class GetAuthPolicyCommand extends command(_ep0, _mw0, "GetAuthPolicy", GetAuthPolicy$) {
}

class GetDomainVerificationCommand extends command(_ep0, _mw0, "GetDomainVerification", GetDomainVerification$) {
}

class GetListenerCommand extends command(_ep0, _mw0, "GetListener", GetListener$) {
}

class GetResourceConfigurationCommand extends command(_ep0, _mw0, "GetResourceConfiguration", GetResourceConfiguration$) {
}

class GetResourceGatewayCommand extends command(_ep0, _mw0, "GetResourceGateway", GetResourceGateway$) {
}

class GetResourcePolicyCommand extends command(_ep0, _mw0, "GetResourcePolicy", GetResourcePolicy$) {
}

class GetRuleCommand extends command(_ep0, _mw0, "GetRule", GetRule$) {
}

class GetServiceCommand extends command(_ep0, _mw0, "GetService", GetService$) {
}

class GetServiceNetworkCommand extends command(_ep0, _mw0, "GetServiceNetwork", GetServiceNetwork$) {
}

class GetServiceNetworkResourceAssociationCommand extends command(_ep0, _mw0, "GetServiceNetworkResourceAssociation", GetServiceNetworkResourceAssociation$) {
}

class GetServiceNetworkServiceAssociationCommand extends command(_ep0, _mw0, "GetServiceNetworkServiceAssociation", GetServiceNetworkServiceAssociation$) {
}

class GetServiceNetworkVpcAssociationCommand extends command(_ep0, _mw0, "GetServiceNetworkVpcAssociation", GetServiceNetworkVpcAssociation$) {
}

class GetTargetGroupCommand extends command(_ep0, _mw0, "GetTargetGroup", GetTargetGroup$) {
}

class ListAccessLogSubscriptionsCommand extends command(_ep0, _mw0, "ListAccessLogSubscriptions", ListAccessLogSubscriptions$) {
}

class ListDomainVerificationsCommand extends command(_ep0, _mw0, "ListDomainVerifications", ListDomainVerifications$) {
}

class ListListenersCommand extends command(_ep0, _mw0, "ListListeners", ListListeners$) {
}

class ListResourceConfigurationsCommand extends command(_ep0, _mw0, "ListResourceConfigurations", ListResourceConfigurations$) {
}

class ListResourceEndpointAssociationsCommand extends command(_ep0, _mw0, "ListResourceEndpointAssociations", ListResourceEndpointAssociations$) {
}

class ListResourceGatewaysCommand extends command(_ep0, _mw0, "ListResourceGateways", ListResourceGateways$) {
}

class ListRulesCommand extends command(_ep0, _mw0, "ListRules", ListRules$) {
}

class ListServiceNetworkResourceAssociationsCommand extends command(_ep0, _mw0, "ListServiceNetworkResourceAssociations", ListServiceNetworkResourceAssociations$) {
}

class ListServiceNetworksCommand extends command(_ep0, _mw0, "ListServiceNetworks", ListServiceNetworks$) {
}

class ListServiceNetworkServiceAssociationsCommand extends command(_ep0, _mw0, "ListServiceNetworkServiceAssociations", ListServiceNetworkServiceAssociations$) {
}

class ListServiceNetworkVpcAssociationsCommand extends command(_ep0, _mw0, "ListServiceNetworkVpcAssociations", ListServiceNetworkVpcAssociations$) {
}

class ListServiceNetworkVpcEndpointAssociationsCommand extends command(_ep0, _mw0, "ListServiceNetworkVpcEndpointAssociations", ListServiceNetworkVpcEndpointAssociations$) {
}

class ListServicesCommand extends command(_ep0, _mw0, "ListServices", ListServices$) {
}

class ListTagsForResourceCommand extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
}

class ListTargetGroupsCommand extends command(_ep0, _mw0, "ListTargetGroups", ListTargetGroups$) {
}

class ListTargetsCommand extends command(_ep0, _mw0, "ListTargets", ListTargets$) {
}

class PutAuthPolicyCommand extends command(_ep0, _mw0, "PutAuthPolicy", PutAuthPolicy$) {
}

class PutResourcePolicyCommand extends command(_ep0, _mw0, "PutResourcePolicy", PutResourcePolicy$) {
}

class RegisterTargetsCommand extends command(_ep0, _mw0, "RegisterTargets", RegisterTargets$) {
}

class StartDomainVerificationCommand extends command(_ep0, _mw0, "StartDomainVerification", StartDomainVerification$) {
}

class TagResourceCommand extends command(_ep0, _mw0, "TagResource", TagResource$) {
}

class UntagResourceCommand extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
}

class UpdateAccessLogSubscriptionCommand extends command(_ep0, _mw0, "UpdateAccessLogSubscription", UpdateAccessLogSubscription$) {
}

class UpdateListenerCommand extends command(_ep0, _mw0, "UpdateListener", UpdateListener$) {
}

class UpdateResourceConfigurationCommand extends command(_ep0, _mw0, "UpdateResourceConfiguration", UpdateResourceConfiguration$) {
}

class UpdateResourceGatewayCommand extends command(_ep0, _mw0, "UpdateResourceGateway", UpdateResourceGateway$) {
}

class UpdateRuleCommand extends command(_ep0, _mw0, "UpdateRule", UpdateRule$) {
}

class UpdateServiceCommand extends command(_ep0, _mw0, "UpdateService", UpdateService$) {
}

class UpdateServiceNetworkCommand extends command(_ep0, _mw0, "UpdateServiceNetwork", UpdateServiceNetwork$) {
}

class UpdateServiceNetworkVpcAssociationCommand extends command(_ep0, _mw0, "UpdateServiceNetworkVpcAssociation", UpdateServiceNetworkVpcAssociation$) {
}

class UpdateTargetGroupCommand extends command(_ep0, _mw0, "UpdateTargetGroup", UpdateTargetGroup$) {
}

const paginateListAccessLogSubscriptions = createPaginator(VPCLatticeClient, ListAccessLogSubscriptionsCommand, "nextToken", "nextToken", "maxResults");

const paginateListDomainVerifications = createPaginator(VPCLatticeClient, ListDomainVerificationsCommand, "nextToken", "nextToken", "maxResults");

const paginateListListeners = createPaginator(VPCLatticeClient, ListListenersCommand, "nextToken", "nextToken", "maxResults");

const paginateListResourceConfigurations = createPaginator(VPCLatticeClient, ListResourceConfigurationsCommand, "nextToken", "nextToken", "maxResults");

const paginateListResourceEndpointAssociations = createPaginator(VPCLatticeClient, ListResourceEndpointAssociationsCommand, "nextToken", "nextToken", "maxResults");

const paginateListResourceGateways = createPaginator(VPCLatticeClient, ListResourceGatewaysCommand, "nextToken", "nextToken", "maxResults");

const paginateListRules = createPaginator(VPCLatticeClient, ListRulesCommand, "nextToken", "nextToken", "maxResults");

const paginateListServiceNetworkResourceAssociations = createPaginator(VPCLatticeClient, ListServiceNetworkResourceAssociationsCommand, "nextToken", "nextToken", "maxResults");

const paginateListServiceNetworkServiceAssociations = createPaginator(VPCLatticeClient, ListServiceNetworkServiceAssociationsCommand, "nextToken", "nextToken", "maxResults");

const paginateListServiceNetworks = createPaginator(VPCLatticeClient, ListServiceNetworksCommand, "nextToken", "nextToken", "maxResults");

const paginateListServiceNetworkVpcAssociations = createPaginator(VPCLatticeClient, ListServiceNetworkVpcAssociationsCommand, "nextToken", "nextToken", "maxResults");

const paginateListServiceNetworkVpcEndpointAssociations = createPaginator(VPCLatticeClient, ListServiceNetworkVpcEndpointAssociationsCommand, "nextToken", "nextToken", "maxResults");

const paginateListServices = createPaginator(VPCLatticeClient, ListServicesCommand, "nextToken", "nextToken", "maxResults");

const paginateListTargetGroups = createPaginator(VPCLatticeClient, ListTargetGroupsCommand, "nextToken", "nextToken", "maxResults");

const paginateListTargets = createPaginator(VPCLatticeClient, ListTargetsCommand, "nextToken", "nextToken", "maxResults");

const commands = {
    BatchUpdateRuleCommand,
    CreateAccessLogSubscriptionCommand,
    CreateListenerCommand,
    CreateResourceConfigurationCommand,
    CreateResourceGatewayCommand,
    CreateRuleCommand,
    CreateServiceCommand,
    CreateServiceNetworkCommand,
    CreateServiceNetworkResourceAssociationCommand,
    CreateServiceNetworkServiceAssociationCommand,
    CreateServiceNetworkVpcAssociationCommand,
    CreateTargetGroupCommand,
    DeleteAccessLogSubscriptionCommand,
    DeleteAuthPolicyCommand,
    DeleteDomainVerificationCommand,
    DeleteListenerCommand,
    DeleteResourceConfigurationCommand,
    DeleteResourceEndpointAssociationCommand,
    DeleteResourceGatewayCommand,
    DeleteResourcePolicyCommand,
    DeleteRuleCommand,
    DeleteServiceCommand,
    DeleteServiceNetworkCommand,
    DeleteServiceNetworkResourceAssociationCommand,
    DeleteServiceNetworkServiceAssociationCommand,
    DeleteServiceNetworkVpcAssociationCommand,
    DeleteTargetGroupCommand,
    DeregisterTargetsCommand,
    GetAccessLogSubscriptionCommand,
    GetAuthPolicyCommand,
    GetDomainVerificationCommand,
    GetListenerCommand,
    GetResourceConfigurationCommand,
    GetResourceGatewayCommand,
    GetResourcePolicyCommand,
    GetRuleCommand,
    GetServiceCommand,
    GetServiceNetworkCommand,
    GetServiceNetworkResourceAssociationCommand,
    GetServiceNetworkServiceAssociationCommand,
    GetServiceNetworkVpcAssociationCommand,
    GetTargetGroupCommand,
    ListAccessLogSubscriptionsCommand,
    ListDomainVerificationsCommand,
    ListListenersCommand,
    ListResourceConfigurationsCommand,
    ListResourceEndpointAssociationsCommand,
    ListResourceGatewaysCommand,
    ListRulesCommand,
    ListServiceNetworkResourceAssociationsCommand,
    ListServiceNetworksCommand,
    ListServiceNetworkServiceAssociationsCommand,
    ListServiceNetworkVpcAssociationsCommand,
    ListServiceNetworkVpcEndpointAssociationsCommand,
    ListServicesCommand,
    ListTagsForResourceCommand,
    ListTargetGroupsCommand,
    ListTargetsCommand,
    PutAuthPolicyCommand,
    PutResourcePolicyCommand,
    RegisterTargetsCommand,
    StartDomainVerificationCommand,
    TagResourceCommand,
    UntagResourceCommand,
    UpdateAccessLogSubscriptionCommand,
    UpdateListenerCommand,
    UpdateResourceConfigurationCommand,
    UpdateResourceGatewayCommand,
    UpdateRuleCommand,
    UpdateServiceCommand,
    UpdateServiceNetworkCommand,
    UpdateServiceNetworkVpcAssociationCommand,
    UpdateTargetGroupCommand,
};
const paginators = {
    paginateListAccessLogSubscriptions,
    paginateListDomainVerifications,
    paginateListListeners,
    paginateListResourceConfigurations,
    paginateListResourceEndpointAssociations,
    paginateListResourceGateways,
    paginateListRules,
    paginateListServiceNetworkResourceAssociations,
    paginateListServiceNetworks,
    paginateListServiceNetworkServiceAssociations,
    paginateListServiceNetworkVpcAssociations,
    paginateListServiceNetworkVpcEndpointAssociations,
    paginateListServices,
    paginateListTargetGroups,
    paginateListTargets,
};
class VPCLattice extends VPCLatticeClient {
}
createAggregatedClient(commands, VPCLattice, { paginators });

const ServiceNetworkLogType = {
    RESOURCE: "RESOURCE",
    SERVICE: "SERVICE",
};
const ValidationExceptionReason = {
    CANNOT_PARSE: "cannotParse",
    FIELD_VALIDATION_FAILED: "fieldValidationFailed",
    OTHER: "other",
    UNKNOWN_OPERATION: "unknownOperation",
};
const AuthPolicyState = {
    Active: "Active",
    Inactive: "Inactive",
};
const AuthType = {
    AWS_IAM: "AWS_IAM",
    NONE: "NONE",
};
const ListenerProtocol = {
    HTTP: "HTTP",
    HTTPS: "HTTPS",
    TLS_PASSTHROUGH: "TLS_PASSTHROUGH",
};
const ProtocolType = {
    TCP: "TCP",
    TCP_UDP: "TCP_UDP",
};
const ResourceConfigurationIpAddressType = {
    DUALSTACK: "DUALSTACK",
    IPV4: "IPV4",
    IPV6: "IPV6",
};
const ResourceConfigurationType = {
    ARN: "ARN",
    CHILD: "CHILD",
    CIDR: "CIDR",
    GROUP: "GROUP",
    SINGLE: "SINGLE",
};
const ResourceConfigurationStatus = {
    ACTIVE: "ACTIVE",
    CREATE_FAILED: "CREATE_FAILED",
    CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
    DELETE_FAILED: "DELETE_FAILED",
    DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATE_IN_PROGRESS: "UPDATE_IN_PROGRESS",
};
const ResourceGatewayIpAddressType = {
    DUALSTACK: "DUALSTACK",
    IPV4: "IPV4",
    IPV6: "IPV6",
};
const ResourceConfigDnsResolution = {
    IN_VPC: "IN_VPC",
    PUBLIC: "PUBLIC",
};
const ResourceGatewayStatus = {
    ACTIVE: "ACTIVE",
    CREATE_FAILED: "CREATE_FAILED",
    CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
    DELETE_FAILED: "DELETE_FAILED",
    DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATE_IN_PROGRESS: "UPDATE_IN_PROGRESS",
};
const ServiceStatus = {
    ACTIVE: "ACTIVE",
    CREATE_FAILED: "CREATE_FAILED",
    CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
    DELETE_FAILED: "DELETE_FAILED",
    DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
};
const ServiceNetworkResourceAssociationStatus = {
    ACTIVE: "ACTIVE",
    CREATE_FAILED: "CREATE_FAILED",
    CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
    DELETE_FAILED: "DELETE_FAILED",
    DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
    PARTIAL: "PARTIAL",
};
const ServiceNetworkServiceAssociationStatus = {
    ACTIVE: "ACTIVE",
    CREATE_FAILED: "CREATE_FAILED",
    CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
    DELETE_FAILED: "DELETE_FAILED",
    DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
};
const PrivateDnsPreference = {
    ALL_DOMAINS: "ALL_DOMAINS",
    SPECIFIED_DOMAINS_ONLY: "SPECIFIED_DOMAINS_ONLY",
    VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS: "VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS",
    VERIFIED_DOMAINS_ONLY: "VERIFIED_DOMAINS_ONLY",
};
const ServiceNetworkVpcAssociationStatus = {
    ACTIVE: "ACTIVE",
    CREATE_FAILED: "CREATE_FAILED",
    CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
    DELETE_FAILED: "DELETE_FAILED",
    DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATE_IN_PROGRESS: "UPDATE_IN_PROGRESS",
};
const TargetGroupProtocol = {
    HTTP: "HTTP",
    HTTPS: "HTTPS",
    TCP: "TCP",
};
const HealthCheckProtocolVersion = {
    HTTP1: "HTTP1",
    HTTP2: "HTTP2",
};
const IpAddressType = {
    IPV4: "IPV4",
    IPV6: "IPV6",
};
const LambdaEventStructureVersion = {
    V1: "V1",
    V2: "V2",
};
const TargetGroupProtocolVersion = {
    GRPC: "GRPC",
    HTTP1: "HTTP1",
    HTTP2: "HTTP2",
};
const TargetGroupType = {
    ALB: "ALB",
    INSTANCE: "INSTANCE",
    IP: "IP",
    LAMBDA: "LAMBDA",
};
const TargetGroupStatus = {
    ACTIVE: "ACTIVE",
    CREATE_FAILED: "CREATE_FAILED",
    CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
    DELETE_FAILED: "DELETE_FAILED",
    DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
};
const VerificationStatus = {
    PENDING: "PENDING",
    VERIFICATION_TIMED_OUT: "VERIFICATION_TIMED_OUT",
    VERIFIED: "VERIFIED",
};
const PayerResponsibilityPayer = {
    ResourceGatewayAccount: "ResourceGatewayAccount",
    VpcEndpointAccount: "VpcEndpointAccount",
};
const PayerResponsibilityScope = {
    ResourceGatewayCharges: "ResourceGatewayCharges",
};
const TargetStatus = {
    DRAINING: "DRAINING",
    HEALTHY: "HEALTHY",
    INITIAL: "INITIAL",
    UNAVAILABLE: "UNAVAILABLE",
    UNHEALTHY: "UNHEALTHY",
    UNUSED: "UNUSED",
};

__webpack_unused_export__ = AccessDeniedException;
__webpack_unused_export__ = AccessDeniedException$;
__webpack_unused_export__ = AccessLogSubscriptionSummary$;
__webpack_unused_export__ = ArnResource$;
__webpack_unused_export__ = AuthPolicyState;
__webpack_unused_export__ = AuthType;
__webpack_unused_export__ = BatchUpdateRule$;
__webpack_unused_export__ = BatchUpdateRuleCommand;
__webpack_unused_export__ = BatchUpdateRuleRequest$;
__webpack_unused_export__ = BatchUpdateRuleResponse$;
__webpack_unused_export__ = CidrResource$;
__webpack_unused_export__ = ConflictException;
__webpack_unused_export__ = ConflictException$;
__webpack_unused_export__ = CreateAccessLogSubscription$;
__webpack_unused_export__ = CreateAccessLogSubscriptionCommand;
__webpack_unused_export__ = CreateAccessLogSubscriptionRequest$;
__webpack_unused_export__ = CreateAccessLogSubscriptionResponse$;
__webpack_unused_export__ = CreateListener$;
__webpack_unused_export__ = CreateListenerCommand;
__webpack_unused_export__ = CreateListenerRequest$;
__webpack_unused_export__ = CreateListenerResponse$;
__webpack_unused_export__ = CreateResourceConfiguration$;
__webpack_unused_export__ = CreateResourceConfigurationCommand;
__webpack_unused_export__ = CreateResourceConfigurationRequest$;
__webpack_unused_export__ = CreateResourceConfigurationResponse$;
__webpack_unused_export__ = CreateResourceGateway$;
__webpack_unused_export__ = CreateResourceGatewayCommand;
__webpack_unused_export__ = CreateResourceGatewayRequest$;
__webpack_unused_export__ = CreateResourceGatewayResponse$;
__webpack_unused_export__ = CreateRule$;
exports.OOk = CreateRuleCommand;
__webpack_unused_export__ = CreateRuleRequest$;
__webpack_unused_export__ = CreateRuleResponse$;
__webpack_unused_export__ = CreateService$;
__webpack_unused_export__ = CreateServiceCommand;
__webpack_unused_export__ = CreateServiceNetwork$;
__webpack_unused_export__ = CreateServiceNetworkCommand;
__webpack_unused_export__ = CreateServiceNetworkRequest$;
__webpack_unused_export__ = CreateServiceNetworkResourceAssociation$;
__webpack_unused_export__ = CreateServiceNetworkResourceAssociationCommand;
__webpack_unused_export__ = CreateServiceNetworkResourceAssociationRequest$;
__webpack_unused_export__ = CreateServiceNetworkResourceAssociationResponse$;
__webpack_unused_export__ = CreateServiceNetworkResponse$;
__webpack_unused_export__ = CreateServiceNetworkServiceAssociation$;
__webpack_unused_export__ = CreateServiceNetworkServiceAssociationCommand;
__webpack_unused_export__ = CreateServiceNetworkServiceAssociationRequest$;
__webpack_unused_export__ = CreateServiceNetworkServiceAssociationResponse$;
__webpack_unused_export__ = CreateServiceNetworkVpcAssociation$;
__webpack_unused_export__ = CreateServiceNetworkVpcAssociationCommand;
__webpack_unused_export__ = CreateServiceNetworkVpcAssociationRequest$;
__webpack_unused_export__ = CreateServiceNetworkVpcAssociationResponse$;
__webpack_unused_export__ = CreateServiceRequest$;
__webpack_unused_export__ = CreateServiceResponse$;
__webpack_unused_export__ = CreateTargetGroup$;
__webpack_unused_export__ = CreateTargetGroupCommand;
__webpack_unused_export__ = CreateTargetGroupRequest$;
__webpack_unused_export__ = CreateTargetGroupResponse$;
__webpack_unused_export__ = DeleteAccessLogSubscription$;
__webpack_unused_export__ = DeleteAccessLogSubscriptionCommand;
__webpack_unused_export__ = DeleteAccessLogSubscriptionRequest$;
__webpack_unused_export__ = DeleteAccessLogSubscriptionResponse$;
__webpack_unused_export__ = DeleteAuthPolicy$;
__webpack_unused_export__ = DeleteAuthPolicyCommand;
__webpack_unused_export__ = DeleteAuthPolicyRequest$;
__webpack_unused_export__ = DeleteAuthPolicyResponse$;
__webpack_unused_export__ = DeleteDomainVerification$;
__webpack_unused_export__ = DeleteDomainVerificationCommand;
__webpack_unused_export__ = DeleteDomainVerificationRequest$;
__webpack_unused_export__ = DeleteDomainVerificationResponse$;
__webpack_unused_export__ = DeleteListener$;
__webpack_unused_export__ = DeleteListenerCommand;
__webpack_unused_export__ = DeleteListenerRequest$;
__webpack_unused_export__ = DeleteListenerResponse$;
__webpack_unused_export__ = DeleteResourceConfiguration$;
__webpack_unused_export__ = DeleteResourceConfigurationCommand;
__webpack_unused_export__ = DeleteResourceConfigurationRequest$;
__webpack_unused_export__ = DeleteResourceConfigurationResponse$;
__webpack_unused_export__ = DeleteResourceEndpointAssociation$;
__webpack_unused_export__ = DeleteResourceEndpointAssociationCommand;
__webpack_unused_export__ = DeleteResourceEndpointAssociationRequest$;
__webpack_unused_export__ = DeleteResourceEndpointAssociationResponse$;
__webpack_unused_export__ = DeleteResourceGateway$;
__webpack_unused_export__ = DeleteResourceGatewayCommand;
__webpack_unused_export__ = DeleteResourceGatewayRequest$;
__webpack_unused_export__ = DeleteResourceGatewayResponse$;
__webpack_unused_export__ = DeleteResourcePolicy$;
__webpack_unused_export__ = DeleteResourcePolicyCommand;
__webpack_unused_export__ = DeleteResourcePolicyRequest$;
__webpack_unused_export__ = DeleteResourcePolicyResponse$;
__webpack_unused_export__ = DeleteRule$;
exports.piX = DeleteRuleCommand;
__webpack_unused_export__ = DeleteRuleRequest$;
__webpack_unused_export__ = DeleteRuleResponse$;
__webpack_unused_export__ = DeleteService$;
__webpack_unused_export__ = DeleteServiceCommand;
__webpack_unused_export__ = DeleteServiceNetwork$;
__webpack_unused_export__ = DeleteServiceNetworkCommand;
__webpack_unused_export__ = DeleteServiceNetworkRequest$;
__webpack_unused_export__ = DeleteServiceNetworkResourceAssociation$;
__webpack_unused_export__ = DeleteServiceNetworkResourceAssociationCommand;
__webpack_unused_export__ = DeleteServiceNetworkResourceAssociationRequest$;
__webpack_unused_export__ = DeleteServiceNetworkResourceAssociationResponse$;
__webpack_unused_export__ = DeleteServiceNetworkResponse$;
__webpack_unused_export__ = DeleteServiceNetworkServiceAssociation$;
__webpack_unused_export__ = DeleteServiceNetworkServiceAssociationCommand;
__webpack_unused_export__ = DeleteServiceNetworkServiceAssociationRequest$;
__webpack_unused_export__ = DeleteServiceNetworkServiceAssociationResponse$;
__webpack_unused_export__ = DeleteServiceNetworkVpcAssociation$;
__webpack_unused_export__ = DeleteServiceNetworkVpcAssociationCommand;
__webpack_unused_export__ = DeleteServiceNetworkVpcAssociationRequest$;
__webpack_unused_export__ = DeleteServiceNetworkVpcAssociationResponse$;
__webpack_unused_export__ = DeleteServiceRequest$;
__webpack_unused_export__ = DeleteServiceResponse$;
__webpack_unused_export__ = DeleteTargetGroup$;
__webpack_unused_export__ = DeleteTargetGroupCommand;
__webpack_unused_export__ = DeleteTargetGroupRequest$;
__webpack_unused_export__ = DeleteTargetGroupResponse$;
__webpack_unused_export__ = DeregisterTargets$;
__webpack_unused_export__ = DeregisterTargetsCommand;
__webpack_unused_export__ = DeregisterTargetsRequest$;
__webpack_unused_export__ = DeregisterTargetsResponse$;
__webpack_unused_export__ = DnsEntry$;
__webpack_unused_export__ = DnsOptions$;
__webpack_unused_export__ = DnsResource$;
__webpack_unused_export__ = DomainVerificationSummary$;
__webpack_unused_export__ = FixedResponseAction$;
__webpack_unused_export__ = ForwardAction$;
__webpack_unused_export__ = GetAccessLogSubscription$;
__webpack_unused_export__ = GetAccessLogSubscriptionCommand;
__webpack_unused_export__ = GetAccessLogSubscriptionRequest$;
__webpack_unused_export__ = GetAccessLogSubscriptionResponse$;
__webpack_unused_export__ = GetAuthPolicy$;
__webpack_unused_export__ = GetAuthPolicyCommand;
__webpack_unused_export__ = GetAuthPolicyRequest$;
__webpack_unused_export__ = GetAuthPolicyResponse$;
__webpack_unused_export__ = GetDomainVerification$;
__webpack_unused_export__ = GetDomainVerificationCommand;
__webpack_unused_export__ = GetDomainVerificationRequest$;
__webpack_unused_export__ = GetDomainVerificationResponse$;
__webpack_unused_export__ = GetListener$;
exports.mOX = GetListenerCommand;
__webpack_unused_export__ = GetListenerRequest$;
__webpack_unused_export__ = GetListenerResponse$;
__webpack_unused_export__ = GetResourceConfiguration$;
__webpack_unused_export__ = GetResourceConfigurationCommand;
__webpack_unused_export__ = GetResourceConfigurationRequest$;
__webpack_unused_export__ = GetResourceConfigurationResponse$;
__webpack_unused_export__ = GetResourceGateway$;
__webpack_unused_export__ = GetResourceGatewayCommand;
__webpack_unused_export__ = GetResourceGatewayRequest$;
__webpack_unused_export__ = GetResourceGatewayResponse$;
__webpack_unused_export__ = GetResourcePolicy$;
__webpack_unused_export__ = GetResourcePolicyCommand;
__webpack_unused_export__ = GetResourcePolicyRequest$;
__webpack_unused_export__ = GetResourcePolicyResponse$;
__webpack_unused_export__ = GetRule$;
exports.eDD = GetRuleCommand;
__webpack_unused_export__ = GetRuleRequest$;
__webpack_unused_export__ = GetRuleResponse$;
__webpack_unused_export__ = GetService$;
exports.dns = GetServiceCommand;
__webpack_unused_export__ = GetServiceNetwork$;
__webpack_unused_export__ = GetServiceNetworkCommand;
__webpack_unused_export__ = GetServiceNetworkRequest$;
__webpack_unused_export__ = GetServiceNetworkResourceAssociation$;
__webpack_unused_export__ = GetServiceNetworkResourceAssociationCommand;
__webpack_unused_export__ = GetServiceNetworkResourceAssociationRequest$;
__webpack_unused_export__ = GetServiceNetworkResourceAssociationResponse$;
__webpack_unused_export__ = GetServiceNetworkResponse$;
__webpack_unused_export__ = GetServiceNetworkServiceAssociation$;
__webpack_unused_export__ = GetServiceNetworkServiceAssociationCommand;
__webpack_unused_export__ = GetServiceNetworkServiceAssociationRequest$;
__webpack_unused_export__ = GetServiceNetworkServiceAssociationResponse$;
__webpack_unused_export__ = GetServiceNetworkVpcAssociation$;
__webpack_unused_export__ = GetServiceNetworkVpcAssociationCommand;
__webpack_unused_export__ = GetServiceNetworkVpcAssociationRequest$;
__webpack_unused_export__ = GetServiceNetworkVpcAssociationResponse$;
__webpack_unused_export__ = GetServiceRequest$;
__webpack_unused_export__ = GetServiceResponse$;
__webpack_unused_export__ = GetTargetGroup$;
exports.oWc = GetTargetGroupCommand;
__webpack_unused_export__ = GetTargetGroupRequest$;
__webpack_unused_export__ = GetTargetGroupResponse$;
__webpack_unused_export__ = HeaderMatch$;
__webpack_unused_export__ = HeaderMatchType$;
__webpack_unused_export__ = HealthCheckConfig$;
__webpack_unused_export__ = HealthCheckProtocolVersion;
__webpack_unused_export__ = HttpMatch$;
__webpack_unused_export__ = InternalServerException;
__webpack_unused_export__ = InternalServerException$;
__webpack_unused_export__ = IpAddressType;
__webpack_unused_export__ = IpResource$;
__webpack_unused_export__ = LambdaEventStructureVersion;
__webpack_unused_export__ = ListAccessLogSubscriptions$;
__webpack_unused_export__ = ListAccessLogSubscriptionsCommand;
__webpack_unused_export__ = ListAccessLogSubscriptionsRequest$;
__webpack_unused_export__ = ListAccessLogSubscriptionsResponse$;
__webpack_unused_export__ = ListDomainVerifications$;
__webpack_unused_export__ = ListDomainVerificationsCommand;
__webpack_unused_export__ = ListDomainVerificationsRequest$;
__webpack_unused_export__ = ListDomainVerificationsResponse$;
__webpack_unused_export__ = ListListeners$;
exports.NlV = ListListenersCommand;
__webpack_unused_export__ = ListListenersRequest$;
__webpack_unused_export__ = ListListenersResponse$;
__webpack_unused_export__ = ListResourceConfigurations$;
__webpack_unused_export__ = ListResourceConfigurationsCommand;
__webpack_unused_export__ = ListResourceConfigurationsRequest$;
__webpack_unused_export__ = ListResourceConfigurationsResponse$;
__webpack_unused_export__ = ListResourceEndpointAssociations$;
__webpack_unused_export__ = ListResourceEndpointAssociationsCommand;
__webpack_unused_export__ = ListResourceEndpointAssociationsRequest$;
__webpack_unused_export__ = ListResourceEndpointAssociationsResponse$;
__webpack_unused_export__ = ListResourceGateways$;
__webpack_unused_export__ = ListResourceGatewaysCommand;
__webpack_unused_export__ = ListResourceGatewaysRequest$;
__webpack_unused_export__ = ListResourceGatewaysResponse$;
__webpack_unused_export__ = ListRules$;
exports.TtM = ListRulesCommand;
__webpack_unused_export__ = ListRulesRequest$;
__webpack_unused_export__ = ListRulesResponse$;
__webpack_unused_export__ = ListServiceNetworkResourceAssociations$;
__webpack_unused_export__ = ListServiceNetworkResourceAssociationsCommand;
__webpack_unused_export__ = ListServiceNetworkResourceAssociationsRequest$;
__webpack_unused_export__ = ListServiceNetworkResourceAssociationsResponse$;
__webpack_unused_export__ = ListServiceNetworkServiceAssociations$;
__webpack_unused_export__ = ListServiceNetworkServiceAssociationsCommand;
__webpack_unused_export__ = ListServiceNetworkServiceAssociationsRequest$;
__webpack_unused_export__ = ListServiceNetworkServiceAssociationsResponse$;
__webpack_unused_export__ = ListServiceNetworkVpcAssociations$;
__webpack_unused_export__ = ListServiceNetworkVpcAssociationsCommand;
__webpack_unused_export__ = ListServiceNetworkVpcAssociationsRequest$;
__webpack_unused_export__ = ListServiceNetworkVpcAssociationsResponse$;
__webpack_unused_export__ = ListServiceNetworkVpcEndpointAssociations$;
__webpack_unused_export__ = ListServiceNetworkVpcEndpointAssociationsCommand;
__webpack_unused_export__ = ListServiceNetworkVpcEndpointAssociationsRequest$;
__webpack_unused_export__ = ListServiceNetworkVpcEndpointAssociationsResponse$;
__webpack_unused_export__ = ListServiceNetworks$;
__webpack_unused_export__ = ListServiceNetworksCommand;
__webpack_unused_export__ = ListServiceNetworksRequest$;
__webpack_unused_export__ = ListServiceNetworksResponse$;
__webpack_unused_export__ = ListServices$;
exports.qde = ListServicesCommand;
__webpack_unused_export__ = ListServicesRequest$;
__webpack_unused_export__ = ListServicesResponse$;
__webpack_unused_export__ = ListTagsForResource$;
__webpack_unused_export__ = ListTagsForResourceCommand;
__webpack_unused_export__ = ListTagsForResourceRequest$;
__webpack_unused_export__ = ListTagsForResourceResponse$;
__webpack_unused_export__ = ListTargetGroups$;
exports.huv = ListTargetGroupsCommand;
__webpack_unused_export__ = ListTargetGroupsRequest$;
__webpack_unused_export__ = ListTargetGroupsResponse$;
__webpack_unused_export__ = ListTargets$;
__webpack_unused_export__ = ListTargetsCommand;
__webpack_unused_export__ = ListTargetsRequest$;
__webpack_unused_export__ = ListTargetsResponse$;
__webpack_unused_export__ = ListenerProtocol;
__webpack_unused_export__ = ListenerSummary$;
__webpack_unused_export__ = Matcher$;
__webpack_unused_export__ = PathMatch$;
__webpack_unused_export__ = PathMatchType$;
__webpack_unused_export__ = PayerResponsibilityEntry$;
__webpack_unused_export__ = PayerResponsibilityPayer;
__webpack_unused_export__ = PayerResponsibilityScope;
__webpack_unused_export__ = PrivateDnsPreference;
__webpack_unused_export__ = ProtocolType;
__webpack_unused_export__ = PutAuthPolicy$;
__webpack_unused_export__ = PutAuthPolicyCommand;
__webpack_unused_export__ = PutAuthPolicyRequest$;
__webpack_unused_export__ = PutAuthPolicyResponse$;
__webpack_unused_export__ = PutResourcePolicy$;
__webpack_unused_export__ = PutResourcePolicyCommand;
__webpack_unused_export__ = PutResourcePolicyRequest$;
__webpack_unused_export__ = PutResourcePolicyResponse$;
__webpack_unused_export__ = RegisterTargets$;
__webpack_unused_export__ = RegisterTargetsCommand;
__webpack_unused_export__ = RegisterTargetsRequest$;
__webpack_unused_export__ = RegisterTargetsResponse$;
__webpack_unused_export__ = ResourceConfigDnsResolution;
__webpack_unused_export__ = ResourceConfigurationDefinition$;
__webpack_unused_export__ = ResourceConfigurationIpAddressType;
__webpack_unused_export__ = ResourceConfigurationStatus;
__webpack_unused_export__ = ResourceConfigurationSummary$;
__webpack_unused_export__ = ResourceConfigurationType;
__webpack_unused_export__ = ResourceEndpointAssociationSummary$;
__webpack_unused_export__ = ResourceGatewayIpAddressType;
__webpack_unused_export__ = ResourceGatewayStatus;
__webpack_unused_export__ = ResourceGatewaySummary$;
__webpack_unused_export__ = ResourceNotFoundException;
__webpack_unused_export__ = ResourceNotFoundException$;
__webpack_unused_export__ = RuleAction$;
__webpack_unused_export__ = RuleMatch$;
__webpack_unused_export__ = RuleSummary$;
__webpack_unused_export__ = RuleUpdate$;
__webpack_unused_export__ = RuleUpdateFailure$;
__webpack_unused_export__ = RuleUpdateSuccess$;
__webpack_unused_export__ = ServiceNetworkEndpointAssociation$;
__webpack_unused_export__ = ServiceNetworkLogType;
__webpack_unused_export__ = ServiceNetworkResourceAssociationStatus;
__webpack_unused_export__ = ServiceNetworkResourceAssociationSummary$;
__webpack_unused_export__ = ServiceNetworkServiceAssociationStatus;
__webpack_unused_export__ = ServiceNetworkServiceAssociationSummary$;
__webpack_unused_export__ = ServiceNetworkSummary$;
__webpack_unused_export__ = ServiceNetworkVpcAssociationStatus;
__webpack_unused_export__ = ServiceNetworkVpcAssociationSummary$;
__webpack_unused_export__ = ServiceQuotaExceededException;
__webpack_unused_export__ = ServiceQuotaExceededException$;
__webpack_unused_export__ = ServiceStatus;
__webpack_unused_export__ = ServiceSummary$;
__webpack_unused_export__ = SharingConfig$;
__webpack_unused_export__ = StartDomainVerification$;
__webpack_unused_export__ = StartDomainVerificationCommand;
__webpack_unused_export__ = StartDomainVerificationRequest$;
__webpack_unused_export__ = StartDomainVerificationResponse$;
__webpack_unused_export__ = TagResource$;
__webpack_unused_export__ = TagResourceCommand;
__webpack_unused_export__ = TagResourceRequest$;
__webpack_unused_export__ = TagResourceResponse$;
__webpack_unused_export__ = Target$;
__webpack_unused_export__ = TargetFailure$;
__webpack_unused_export__ = TargetGroupConfig$;
__webpack_unused_export__ = TargetGroupProtocol;
__webpack_unused_export__ = TargetGroupProtocolVersion;
__webpack_unused_export__ = TargetGroupStatus;
__webpack_unused_export__ = TargetGroupSummary$;
__webpack_unused_export__ = TargetGroupType;
__webpack_unused_export__ = TargetStatus;
__webpack_unused_export__ = TargetSummary$;
__webpack_unused_export__ = ThrottlingException;
__webpack_unused_export__ = ThrottlingException$;
__webpack_unused_export__ = TxtMethodConfig$;
__webpack_unused_export__ = UntagResource$;
__webpack_unused_export__ = UntagResourceCommand;
__webpack_unused_export__ = UntagResourceRequest$;
__webpack_unused_export__ = UntagResourceResponse$;
__webpack_unused_export__ = UpdateAccessLogSubscription$;
__webpack_unused_export__ = UpdateAccessLogSubscriptionCommand;
__webpack_unused_export__ = UpdateAccessLogSubscriptionRequest$;
__webpack_unused_export__ = UpdateAccessLogSubscriptionResponse$;
__webpack_unused_export__ = UpdateListener$;
exports.V0x = UpdateListenerCommand;
__webpack_unused_export__ = UpdateListenerRequest$;
__webpack_unused_export__ = UpdateListenerResponse$;
__webpack_unused_export__ = UpdateResourceConfiguration$;
__webpack_unused_export__ = UpdateResourceConfigurationCommand;
__webpack_unused_export__ = UpdateResourceConfigurationRequest$;
__webpack_unused_export__ = UpdateResourceConfigurationResponse$;
__webpack_unused_export__ = UpdateResourceGateway$;
__webpack_unused_export__ = UpdateResourceGatewayCommand;
__webpack_unused_export__ = UpdateResourceGatewayRequest$;
__webpack_unused_export__ = UpdateResourceGatewayResponse$;
__webpack_unused_export__ = UpdateRule$;
exports.ngV = UpdateRuleCommand;
__webpack_unused_export__ = UpdateRuleRequest$;
__webpack_unused_export__ = UpdateRuleResponse$;
__webpack_unused_export__ = UpdateService$;
__webpack_unused_export__ = UpdateServiceCommand;
__webpack_unused_export__ = UpdateServiceNetwork$;
__webpack_unused_export__ = UpdateServiceNetworkCommand;
__webpack_unused_export__ = UpdateServiceNetworkRequest$;
__webpack_unused_export__ = UpdateServiceNetworkResponse$;
__webpack_unused_export__ = UpdateServiceNetworkVpcAssociation$;
__webpack_unused_export__ = UpdateServiceNetworkVpcAssociationCommand;
__webpack_unused_export__ = UpdateServiceNetworkVpcAssociationRequest$;
__webpack_unused_export__ = UpdateServiceNetworkVpcAssociationResponse$;
__webpack_unused_export__ = UpdateServiceRequest$;
__webpack_unused_export__ = UpdateServiceResponse$;
__webpack_unused_export__ = UpdateTargetGroup$;
__webpack_unused_export__ = UpdateTargetGroupCommand;
__webpack_unused_export__ = UpdateTargetGroupRequest$;
__webpack_unused_export__ = UpdateTargetGroupResponse$;
__webpack_unused_export__ = VPCLattice;
exports.fzb = VPCLatticeClient;
__webpack_unused_export__ = VPCLatticeServiceException;
__webpack_unused_export__ = VPCLatticeServiceException$;
__webpack_unused_export__ = ValidationException;
__webpack_unused_export__ = ValidationException$;
__webpack_unused_export__ = ValidationExceptionField$;
__webpack_unused_export__ = ValidationExceptionReason;
__webpack_unused_export__ = VerificationStatus;
__webpack_unused_export__ = WeightedTargetGroup$;
__webpack_unused_export__ = errorTypeRegistries;
__webpack_unused_export__ = paginateListAccessLogSubscriptions;
__webpack_unused_export__ = paginateListDomainVerifications;
__webpack_unused_export__ = paginateListListeners;
__webpack_unused_export__ = paginateListResourceConfigurations;
__webpack_unused_export__ = paginateListResourceEndpointAssociations;
__webpack_unused_export__ = paginateListResourceGateways;
__webpack_unused_export__ = paginateListRules;
__webpack_unused_export__ = paginateListServiceNetworkResourceAssociations;
__webpack_unused_export__ = paginateListServiceNetworkServiceAssociations;
__webpack_unused_export__ = paginateListServiceNetworkVpcAssociations;
__webpack_unused_export__ = paginateListServiceNetworkVpcEndpointAssociations;
__webpack_unused_export__ = paginateListServiceNetworks;
__webpack_unused_export__ = paginateListServices;
__webpack_unused_export__ = paginateListTargetGroups;
__webpack_unused_export__ = paginateListTargets;


/***/ })

};
