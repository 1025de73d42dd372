export const id = 346;
export const ids = [346];
export const modules = {

/***/ 9346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sX: () => (/* reexport */ cleanForRegistration),
  Id: () => (/* reexport */ parseTaskDefinition),
  Ww: () => (/* reexport */ prepareTaskDefinition),
  P9: () => (/* reexport */ renderTaskDefinition),
  ZY: () => (/* reexport */ resolveAppContainer),
  Ri: () => (/* reexport */ virtualNodeOf)
});

// UNUSED EXPORTS: defaultEgressIgnoredIps, defaultIgnoredUid, defaultXrayImage, envoyContainerName, envoyHealthCheck, envoyImageFor, envoyImageVersion, isSidecar, nodeArnVariable, nodeNameVariable, partitionOf, registrationOnlyFields, resolveRenderOptions, toTaskDefinitionDocument, xrayContainerName, xrayTracingVariable

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/taskdef/types.ts
/** Fields that DescribeTaskDefinition returns and RegisterTaskDefinition rejects. */
const registrationOnlyFields = [
    'taskDefinitionArn',
    'revision',
    'status',
    'requiresAttributes',
    'compatibilities',
    'registeredAt',
    'registeredBy',
    'deregisteredAt',
    'deleteRequestedAt',
];
const envoyContainerName = 'envoy';
const xrayContainerName = 'xray-daemon';

;// CONCATENATED MODULE: ./src/taskdef/app-container.ts


/** Containers of the mesh plumbing, never the app: Envoy, the X-Ray daemon and FireLens log routers. */
function isSidecar(container) {
    return (container.name === envoyContainerName ||
        container.name === xrayContainerName ||
        container.firelensConfiguration !== undefined);
}
/**
 * The name of the app container: the one named, else the only essential container that is not a
 * sidecar (ECS treats a container without `essential` as essential).
 */
function resolveAppContainer(taskDefinition, containerName) {
    const containers = taskDefinition.containerDefinitions;
    const names = containers.map((container) => container.name ?? '');
    const wanted = containerName?.trim();
    if (wanted) {
        const container = containers.find((candidate) => candidate.name === wanted);
        if (container === undefined) {
            throw new errors/* InputError */.dz('container-name', `no container named "${wanted}" in the task definition; set it to one of: ${names.join(', ')}.`);
        }
        if (container.name === envoyContainerName || container.name === xrayContainerName) {
            throw new errors/* InputError */.dz('container-name', `"${wanted}" is the name of a sidecar this action manages; set it to the app container.`);
        }
        return wanted;
    }
    const candidates = containers.filter((container) => container.essential !== false && !isSidecar(container));
    const only = candidates[0];
    if (only?.name !== undefined && candidates.length === 1)
        return only.name;
    if (candidates.length === 0) {
        throw new errors/* InputError */.dz('container-name', `the task definition has no essential app container (containers: ${names.join(', ')}); ` +
            'set container-name to the container that serves the virtual node.');
    }
    throw new errors/* InputError */.dz('container-name', `the task definition has several essential containers (${candidates.map((container) => container.name).join(', ')}); ` +
        'set container-name to the one that serves the virtual node.');
}

// EXTERNAL MODULE: ./src/config/inputs.ts
var inputs = __webpack_require__(4389);
;// CONCATENATED MODULE: ./src/taskdef/parse.ts


const howToFix = 'Give an ECS task definition JSON (as for register-task-definition) or the output of aws ecs describe-task-definition.';
/**
 * Parses a task definition as users write it: plain, or wrapped as describe-task-definition prints it.
 * Container-level numbers written as strings ("500") become integers, as RegisterTaskDefinition wants.
 */
function parseTaskDefinition(text, inputName = 'task-definition') {
    let value;
    try {
        value = (0,inputs/* parseJson */.qF)(inputName, text);
    }
    catch (error) {
        // parseJson says where the JSON breaks; add what is expected.
        if (!(error instanceof errors/* InputError */.dz))
            throw error;
        throw new errors/* InputError */.dz(inputName, `${error.message.replace(/^input "[^"]*": /, '')} ${howToFix}`);
    }
    return toTaskDefinitionDocument(value, inputName);
}
/** Checks and normalises an already-parsed task definition value (see parseTaskDefinition). */
function toTaskDefinitionDocument(value, inputName = 'task-definition') {
    if (!isObject(value)) {
        throw new errors/* InputError */.dz(inputName, `must be a JSON object, not ${describeJson(value)}. ${howToFix}`);
    }
    const document = { ...unwrap(value) };
    if (typeof document.family !== 'string' || document.family.trim() === '') {
        throw new errors/* InputError */.dz(inputName, `has no "family". Add "family": "<name>" (the task definition family to register).`);
    }
    const containers = document.containerDefinitions;
    if (!Array.isArray(containers) || containers.length === 0) {
        throw new errors/* InputError */.dz(inputName, 'has no "containerDefinitions". Add the list of containers (at least the app container).');
    }
    document.containerDefinitions = containers.map((container, index) => normaliseContainer(container, index, inputName));
    rejectDuplicateNames(document.containerDefinitions, inputName);
    for (const field of ['cpu', 'memory']) {
        // Task-level sizes are strings ("0.5 vCPU", "1 GB", "1024"); a bare number is accepted too.
        if (typeof document[field] === 'number') {
            document[field] = String(document[field]);
        }
        else if (document[field] !== undefined && typeof document[field] !== 'string') {
            throw new errors/* InputError */.dz(inputName, `task-level "${field}" must be a string such as "1024"; fix it in the task definition.`);
        }
    }
    return document;
}
/** `aws ecs describe-task-definition` prints {"taskDefinition": {...}, "tags": [...]}: keep its tags. */
function unwrap(value) {
    const inner = value.taskDefinition;
    if (!isObject(inner) || 'containerDefinitions' in value)
        return value;
    const tags = value.tags;
    if (Array.isArray(tags) && tags.length > 0 && inner.tags === undefined)
        return { ...inner, tags };
    return inner;
}
const integerFields = ['cpu', 'memory', 'memoryReservation', 'startTimeout', 'stopTimeout'];
const healthCheckIntegerFields = ['interval', 'timeout', 'retries', 'startPeriod'];
const portFields = ['containerPort', 'hostPort'];
function normaliseContainer(value, index, inputName) {
    if (!isObject(value)) {
        throw new errors/* InputError */.dz(inputName, `containerDefinitions[${index}] must be an object with at least a "name".`);
    }
    if (typeof value.name !== 'string' || value.name.trim() === '') {
        throw new errors/* InputError */.dz(inputName, `containerDefinitions[${index}] has no "name". Give every container a name.`);
    }
    const where = `container "${value.name}"`;
    const container = { ...value };
    for (const field of integerFields) {
        if (container[field] === undefined)
            continue;
        container[field] = wholeNumber(container[field], `${where} ${field}`, inputName);
    }
    if (container.portMappings !== undefined) {
        container.portMappings = normalisePortMappings(container.portMappings, where, inputName);
    }
    if (isObject(container.healthCheck)) {
        const healthCheck = { ...container.healthCheck };
        for (const field of healthCheckIntegerFields) {
            if (healthCheck[field] === undefined)
                continue;
            healthCheck[field] = wholeNumber(healthCheck[field], `${where} healthCheck.${field}`, inputName);
        }
        container.healthCheck = healthCheck;
    }
    return container;
}
function normalisePortMappings(value, where, inputName) {
    if (!Array.isArray(value)) {
        throw new errors/* InputError */.dz(inputName, `${where} portMappings must be a list of {"containerPort": <port>} objects.`);
    }
    return value.map((mapping, position) => {
        if (!isObject(mapping)) {
            throw new errors/* InputError */.dz(inputName, `${where} portMappings[${position}] must be an object such as {"containerPort": 8080}.`);
        }
        const normalised = { ...mapping };
        for (const field of portFields) {
            if (normalised[field] === undefined)
                continue;
            const what = `${where} portMappings[${position}].${field}`;
            normalised[field] = wholeNumber(normalised[field], what, inputName, { max: 65535, example: 8080 });
        }
        return normalised;
    });
}
/** A whole number, also when written as a numeric string ("500"). */
function wholeNumber(value, what, inputName, { max = Number.MAX_SAFE_INTEGER, example = 256 } = {}) {
    const number = typeof value === 'number'
        ? value
        : typeof value === 'string' && /^\s*\d+\s*$/.test(value)
            ? Number(value)
            : Number.NaN;
    if (!Number.isInteger(number) || number < 0 || number > max) {
        const range = max < Number.MAX_SAFE_INTEGER ? ` from 0 to ${max}` : '';
        throw new errors/* InputError */.dz(inputName, `${what} must be a whole number${range} such as ${example}; got ${JSON.stringify(value)}. Fix it in the task definition.`);
    }
    return number;
}
function rejectDuplicateNames(containers, inputName) {
    const seen = new Set();
    for (const { name } of containers) {
        if (name === undefined)
            continue;
        if (seen.has(name)) {
            throw new errors/* InputError */.dz(inputName, `has two containers named "${name}". Give each container a unique name.`);
        }
        seen.add(name);
    }
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function describeJson(value) {
    if (Array.isArray(value))
        return 'an array';
    if (value === null)
        return 'null';
    return `a ${typeof value}`;
}

;// CONCATENATED MODULE: ./src/taskdef/clean.ts


/**
 * Drops what DescribeTaskDefinition adds and RegisterTaskDefinition rejects (ARN, revision, status, ...),
 * keeping everything else. Accepts a described task definition as the SDK returns it.
 */
function cleanForRegistration(taskDefinition, inputName = 'task-definition') {
    const cleaned = { ...toTaskDefinitionDocument(taskDefinition, inputName) };
    for (const field of registrationOnlyFields)
        delete cleaned[field];
    return cleaned;
}

;// CONCATENATED MODULE: ./src/taskdef/envoy-image.ts

const envoyImageVersion = 'v1.29.12.1-prod';
const defaultEnvoyAccount = '840364872350';
/** Regions whose App Mesh Envoy repository lives in an account of its own (opt-in and China regions). */
const envoyAccountByRegion = {
    'me-south-1': '772975370895',
    'ap-east-1': '856666278305',
    'ap-southeast-3': '909464085924',
    'eu-south-1': '422531588944',
    'il-central-1': '564877687649',
    'af-south-1': '924023996002',
    'cn-north-1': '919366029133',
    'cn-northwest-1': '919366029133',
};
/** Commercial regions served by the default Envoy account. */
const defaultAccountRegions = [
    'us-east-1',
    'us-east-2',
    'us-west-1',
    'us-west-2',
    'ca-central-1',
    'sa-east-1',
    'eu-west-1',
    'eu-west-2',
    'eu-west-3',
    'eu-central-1',
    'eu-north-1',
    'ap-south-1',
    'ap-northeast-1',
    'ap-northeast-2',
    'ap-northeast-3',
    'ap-southeast-1',
    'ap-southeast-2',
];
const regionPattern = /^[a-z]{2}(-[a-z]+)+-\d+$/;
/** The App Mesh Envoy image for a region; throws when none is known there (set envoy-image then). */
function envoyImageFor(region) {
    const account = envoyAccountByRegion[region] ??
        (defaultAccountRegions.includes(region) ? defaultEnvoyAccount : undefined);
    if (account === undefined) {
        throw new errors/* InputError */.dz('envoy-image', `no App Mesh Envoy image is known for region "${region}". Set envoy-image to the image to run ` +
            `(e.g. public.ecr.aws/appmesh/aws-appmesh-envoy:${envoyImageVersion}).`);
    }
    const domain = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
    return `${account}.dkr.ecr.${region}.${domain}/aws-appmesh-envoy:${envoyImageVersion}`;
}
/** The ARN partition of a region: aws, aws-cn or aws-us-gov. */
function partitionOf(region) {
    if (!regionPattern.test(region) || /^[a-z]{2}-iso/.test(region)) {
        throw new errors/* InputError */.dz('region', `"${region}" is not an AWS region where App Mesh runs; set a region such as us-west-2.`);
    }
    if (region.startsWith('cn-'))
        return 'aws-cn';
    if (region.startsWith('us-gov-'))
        return 'aws-us-gov';
    return 'aws';
}

;// CONCATENATED MODULE: ./src/taskdef/options.ts


const defaultIgnoredUid = 1337;
const proxyIngressPort = 15000;
const proxyEgressPort = 15001;
/** The task metadata endpoint (task role credentials) and the instance metadata service. */
const defaultEgressIgnoredIps = ['169.254.170.2', '169.254.169.254'];
const defaultXrayImage = 'public.ecr.aws/xray/aws-xray-daemon:3.x';
const nodeArnVariable = 'APPMESH_RESOURCE_ARN';
const nodeNameVariable = 'APPMESH_VIRTUAL_NODE_NAME';
const appMeshName = /^[A-Za-z0-9_.-]{1,255}$/;
const ipv4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}(\/([0-9]|[12]\d|3[0-2]))?$/;
const ipv6 = /^(?=.*:)[0-9A-Fa-f:.]{2,45}(\/(\d{1,2}|1[01]\d|12[0-8]))?$/;
function resolveRenderOptions(options) {
    const mesh = appMeshNameOf(options.mesh, 'mesh', 'the mesh');
    const virtualNode = appMeshNameOf(options.virtualNode, 'virtual-node', 'the virtual node');
    if (!/^\d{12}$/.test(options.account ?? '')) {
        throw new errors/* InputError */.dz('account', `must be the 12-digit ID of the account that owns the mesh (the mesh owner for a shared mesh); got "${options.account}".`);
    }
    const identity = options.nodeIdentity ?? 'arn';
    if (identity !== 'arn' && identity !== 'name') {
        throw new errors/* InputError */.dz('envoy-node-identity', `must be arn or name; got "${identity}".`);
    }
    const envoyImage = imageOf(options.envoyImage, 'envoy-image') ?? envoyImageFor(options.region);
    const nodePath = `mesh/${mesh}/virtualNode/${virtualNode}`;
    const nodeIdentity = identity === 'arn'
        ? {
            name: nodeArnVariable,
            value: `arn:${partitionOf(options.region)}:appmesh:${options.region}:${options.account}:${nodePath}`,
        }
        : { name: nodeNameVariable, value: nodePath };
    return {
        nodeIdentity,
        envoyImage,
        ignoredUid: options_wholeNumber(options.ignoredUid, 'ignored-uid', 0, 2147483647) ?? defaultIgnoredUid,
        containerName: blankToUndefined(options.containerName),
        image: imageOf(options.image, 'image'),
        appPorts: portsOf(options.appPorts, 'app-ports'),
        egressIgnoredPorts: portsOf(options.egressIgnoredPorts, 'egress-ignored-ports'),
        egressIgnoredIps: ipsOf(options.egressIgnoredIps) ?? defaultEgressIgnoredIps,
        enableXray: options.enableXray ?? false,
        xrayImage: imageOf(options.xrayImage, 'xray-image'),
        // ECS refuses a container with less than 6 MiB of memory.
        envoyMemory: options_wholeNumber(options.envoyMemory, 'envoy-memory', 6, Number.MAX_SAFE_INTEGER),
        envoyCpu: options_wholeNumber(options.envoyCpu, 'envoy-cpu', 0, Number.MAX_SAFE_INTEGER),
    };
}
function appMeshNameOf(value, input, what) {
    const name = value?.trim() ?? '';
    if (!appMeshName.test(name)) {
        throw new errors/* InputError */.dz(input, `must be the name of ${what}: 1 to 255 letters, digits, "_", "." or "-"; got "${value ?? ''}".`);
    }
    return name;
}
function blankToUndefined(value) {
    const trimmed = value?.trim();
    return trimmed === '' ? undefined : trimmed;
}
function imageOf(value, input) {
    const image = blankToUndefined(value);
    if (image !== undefined && /\s/.test(image)) {
        throw new errors/* InputError */.dz(input, `must be a container image reference such as repo/name:tag, without spaces; got "${image}".`);
    }
    return image;
}
function options_wholeNumber(value, input, min, max) {
    if (value === undefined)
        return undefined;
    if (!Number.isInteger(value) || value < min || value > max) {
        const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
        throw new errors/* InputError */.dz(input, `must be a whole number ${range}; got ${value}.`);
    }
    return value;
}
function portsOf(ports, input) {
    if (ports === undefined || ports.length === 0)
        return undefined;
    for (const port of ports) {
        if (!Number.isInteger(port) || port < 1 || port > 65535) {
            throw new errors/* InputError */.dz(input, `must list ports from 1 to 65535; got ${port}. Fix the comma-separated port list.`);
        }
    }
    if (input === 'app-ports')
        rejectEnvoyPorts(ports);
    return [...new Set(ports)];
}
function ipsOf(ips) {
    const items = (ips ?? []).map((ip) => ip.trim()).filter((ip) => ip !== '');
    if (items.length === 0)
        return undefined;
    for (const ip of items) {
        if (!ipv4.test(ip) && !ipv6.test(ip)) {
            throw new errors/* InputError */.dz('egress-ignored-ips', `"${ip}" is not an IP address or CIDR block; list addresses such as 169.254.170.2 comma-separated.`);
        }
    }
    return [...new Set(items)];
}
/** Envoy's own listeners cannot also be app ports: the redirect would loop traffic back into Envoy. */
function rejectEnvoyPorts(appPorts) {
    const taken = appPorts.find((port) => port === proxyIngressPort || port === proxyEgressPort);
    if (taken !== undefined) {
        throw new errors/* InputError */.dz('app-ports', `must not include ${taken}: Envoy listens on ${proxyIngressPort} and ${proxyEgressPort}. Move the app to another port.`);
    }
}

;// CONCATENATED MODULE: ./src/taskdef/envoy.ts


const xrayTracingVariable = 'ENABLE_ENVOY_XRAY_TRACING';
/** Reports healthy once Envoy has its configuration from App Mesh, so the app starts behind a live proxy. */
function envoyHealthCheck() {
    return {
        command: ['CMD-SHELL', 'curl -s http://localhost:9901/server_info | grep state | grep -q LIVE'],
        startPeriod: 10,
        interval: 5,
        timeout: 2,
        retries: 3,
    };
}
/** Memory Envoy reserves when neither the task nor the options size it (EC2 without task-level memory). */
const defaultEnvoyMemoryReservation = 256;
/**
 * The Envoy container: the existing one updated in place (its other settings kept), or a new one.
 * @param taskHasMemory whether the task sets task-level memory; without it every container must size itself.
 */
function renderEnvoyContainer(existing, options, taskHasMemory) {
    const envoy = {
        ...existing,
        name: envoyContainerName,
        image: options.envoyImage,
        essential: true,
        environment: envoyEnvironment(existing?.environment, options),
        healthCheck: envoyHealthCheck(),
        user: String(options.ignoredUid),
    };
    if (options.envoyMemory !== undefined) {
        envoy.memory = options.envoyMemory;
        // A reservation above the hard limit is refused; without task memory the reservation is what ECS places by.
        if (!taskHasMemory || (envoy.memoryReservation ?? 0) > options.envoyMemory) {
            envoy.memoryReservation = options.envoyMemory;
        }
    }
    else if (!taskHasMemory && envoy.memory === undefined && envoy.memoryReservation === undefined) {
        envoy.memoryReservation = defaultEnvoyMemoryReservation;
    }
    if (options.envoyCpu !== undefined)
        envoy.cpu = options.envoyCpu;
    return envoy;
}
/**
 * The node identity first, then the user's own variables. Both identity variables are dropped first so that
 * rendering for another node (or switching between arn and name) leaves exactly one.
 */
function envoyEnvironment(existing, options) {
    const owned = new Set([nodeArnVariable, nodeNameVariable]);
    if (options.enableXray)
        owned.add(xrayTracingVariable);
    const kept = (existing ?? []).filter((variable) => variable.name === undefined || !owned.has(variable.name));
    return [
        { ...options.nodeIdentity },
        ...kept,
        ...(options.enableXray ? [{ name: xrayTracingVariable, value: '1' }] : []),
    ];
}

;// CONCATENATED MODULE: ./src/taskdef/node-identity.ts


const nodePath = /(?:^|:)mesh\/([^/]+)\/virtualNode\/([^/]+)$/;
/**
 * The virtual node of a task definition's Envoy container (APPMESH_RESOURCE_ARN, or the legacy
 * APPMESH_VIRTUAL_NODE_NAME), or undefined when it has no Envoy or names no node. Pure.
 */
function virtualNodeOf(taskDefinition) {
    const envoy = (taskDefinition.containerDefinitions ?? []).find((container) => container.name === envoyContainerName);
    for (const variable of envoy?.environment ?? []) {
        if (variable.name !== nodeArnVariable && variable.name !== nodeNameVariable)
            continue;
        const match = nodePath.exec(variable.value ?? '');
        if (match)
            return { mesh: match[1], virtualNode: match[2] };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/taskdef/plain.ts


/**
 * The new version for a router without a mesh (VPC Lattice, ALB): the task definition as given, cleaned of
 * registration-only fields, with the app container's image replaced; no sidecar. Pure.
 */
function prepareTaskDefinition(taskDefinition, options) {
    const prepared = structuredClone(cleanForRegistration(taskDefinition));
    const app = resolveAppContainer(prepared, options.containerName);
    if (options.image !== undefined) {
        prepared.containerDefinitions = prepared.containerDefinitions.map((container) => container.name === app ? { ...container, image: options.image } : container);
    }
    return prepared;
}

;// CONCATENATED MODULE: ./src/taskdef/depends-on.ts

/**
 * Which containers start only once Envoy is HEALTHY. The proxy configuration redirects the traffic of every
 * container in the task through Envoy, so any container that talks to the network before Envoy is live
 * fails: the app container always waits, and so do the user's other containers, except
 * - containers running as the ignored UID (the X-Ray daemon): their traffic bypasses Envoy, and Envoy sends
 *   its traces to the daemon;
 * - FireLens log routers: they must start before the containers that log through them, Envoy included;
 * - containers Envoy itself waits for, which would make a start-up cycle ECS refuses.
 */
function waitsForEnvoy(container, appContainerName, ignoredUid, envoyPrerequisites) {
    if (container.name === appContainerName)
        return true;
    if (container.name === envoyContainerName || container.name === xrayContainerName)
        return false;
    if (container.user !== undefined && container.user.split(':')[0] === String(ignoredUid))
        return false;
    if (container.firelensConfiguration !== undefined)
        return false;
    return !envoyPrerequisites.has(container.name ?? '');
}
/** The containers Envoy waits for, directly or through others. */
function envoyPrerequisites(containers) {
    const byName = new Map(containers.map((container) => [container.name, container]));
    const found = new Set();
    const pending = [...(byName.get(envoyContainerName)?.dependsOn ?? [])];
    for (let dependency = pending.pop(); dependency !== undefined; dependency = pending.pop()) {
        const name = dependency.containerName;
        if (name === undefined || name === envoyContainerName || found.has(name))
            continue;
        found.add(name);
        pending.push(...(byName.get(name)?.dependsOn ?? []));
    }
    return found;
}
/** Adds "start after Envoy is HEALTHY", keeping the container's other dependencies and never duplicating. */
function withEnvoyDependency(container) {
    const healthy = { containerName: envoyContainerName, condition: 'HEALTHY' };
    const dependencies = [];
    let added = false;
    for (const dependency of container.dependsOn ?? []) {
        if (dependency.containerName !== envoyContainerName)
            dependencies.push(dependency);
        else if (!added) {
            dependencies.push(healthy);
            added = true;
        }
    }
    return { ...container, dependsOn: added ? dependencies : [...dependencies, healthy] };
}

;// CONCATENATED MODULE: ./src/taskdef/proxy.ts


/**
 * The APPMESH proxy configuration that redirects the task's traffic through Envoy. Properties of an existing
 * one that we do not set (e.g. IgnoredGID, or EgressIgnoredPorts when none are given) are kept.
 */
function renderProxyConfiguration(existing, options, appPorts) {
    const ours = [
        { name: 'IgnoredUID', value: String(options.ignoredUid) },
        { name: 'ProxyIngressPort', value: String(proxyIngressPort) },
        { name: 'ProxyEgressPort', value: String(proxyEgressPort) },
        { name: 'AppPorts', value: appPorts.join(',') },
        { name: 'EgressIgnoredIPs', value: options.egressIgnoredIps.join(',') },
    ];
    if (options.egressIgnoredPorts !== undefined) {
        ours.push({ name: 'EgressIgnoredPorts', value: options.egressIgnoredPorts.join(',') });
    }
    const names = new Set(ours.map((property) => property.name));
    const kept = [];
    // APPMESH is the only proxy type ECS knows; anything else is replaced whole.
    if (existing !== undefined && (existing.type ?? 'APPMESH') === 'APPMESH') {
        for (const property of existing.properties ?? []) {
            if (!property.name || !property.value?.trim() || names.has(property.name))
                continue;
            names.add(property.name);
            kept.push({ name: property.name, value: property.value });
        }
    }
    return { type: 'APPMESH', containerName: envoyContainerName, properties: [...ours, ...kept] };
}

;// CONCATENATED MODULE: ./src/taskdef/xray.ts


const daemonPort = 2000;
/**
 * The X-Ray daemon Envoy sends traces to: the existing one updated in place, or a new one. It runs as the
 * ignored UID so that its own traffic to X-Ray bypasses Envoy. Sizes and image the user chose are kept.
 */
function renderXrayContainer(existing, options) {
    const xray = {
        ...existing,
        name: xrayContainerName,
        image: options.xrayImage ?? existing?.image ?? defaultXrayImage,
        user: String(options.ignoredUid),
        essential: true,
        cpu: existing?.cpu ?? 32,
        portMappings: withDaemonPort(existing?.portMappings),
    };
    if (xray.memory === undefined && xray.memoryReservation === undefined)
        xray.memoryReservation = 256;
    return xray;
}
function withDaemonPort(mappings) {
    const current = mappings ?? [];
    const present = current.some((mapping) => mapping.containerPort === daemonPort && mapping.protocol === 'udp');
    return present ? current : [...current, { containerPort: daemonPort, protocol: 'udp' }];
}

;// CONCATENATED MODULE: ./src/taskdef/render.ts









/**
 * Renders an app-only (or already rendered) task definition for one virtual node: the app image, the Envoy
 * sidecar, the APPMESH proxy configuration, start-up order and, when asked, the X-Ray daemon. Pure and
 * idempotent: rendering the output again, or for another node, gives what rendering the input for it gives.
 * The input is not changed.
 */
function renderTaskDefinition(taskDefinition, options) {
    const resolved = resolveRenderOptions(options);
    const rendered = structuredClone(cleanForRegistration(taskDefinition));
    checkTaskLevelSettings(rendered);
    const appName = resolveAppContainer(rendered, resolved.containerName);
    const appPorts = resolved.appPorts ?? containerPortsOf(rendered.containerDefinitions, appName);
    rejectEnvoyPorts(appPorts);
    const containers = withSidecars(rendered, resolved).map((container) => container.name === appName && resolved.image !== undefined
        ? { ...container, image: resolved.image }
        : container);
    const prerequisites = envoyPrerequisites(containers);
    rendered.containerDefinitions = containers.map((container) => waitsForEnvoy(container, appName, resolved.ignoredUid, prerequisites)
        ? withEnvoyDependency(container)
        : container);
    rendered.proxyConfiguration = renderProxyConfiguration(rendered.proxyConfiguration, resolved, appPorts);
    checkContainers(rendered, appName);
    return rendered;
}
/** Envoy (and the X-Ray daemon when enabled) updated where they are, or appended. */
function withSidecars(taskDefinition, options) {
    const containers = taskDefinition.containerDefinitions;
    const taskHasMemory = taskDefinition.memory !== undefined && taskDefinition.memory.trim() !== '';
    const find = (name) => containers.find((container) => container.name === name);
    const envoy = renderEnvoyContainer(find(envoyContainerName), options, taskHasMemory);
    const xray = options.enableXray ? renderXrayContainer(find(xrayContainerName), options) : undefined;
    const result = containers.map((container) => {
        if (container.name === envoyContainerName)
            return envoy;
        if (container.name === xrayContainerName && xray !== undefined)
            return xray;
        return container;
    });
    if (find(envoyContainerName) === undefined)
        result.push(envoy);
    if (xray !== undefined && find(xrayContainerName) === undefined)
        result.push(xray);
    return result;
}
function checkTaskLevelSettings(taskDefinition) {
    if (taskDefinition.networkMode !== 'awsvpc') {
        throw new errors/* InputError */.dz('task-definition', `has networkMode ${taskDefinition.networkMode ? `"${taskDefinition.networkMode}"` : 'unset (bridge)'}, ` +
            'but App Mesh on ECS needs "awsvpc". Set "networkMode": "awsvpc" in the task definition.');
    }
    const fargate = taskDefinition.requiresCompatibilities?.includes('FARGATE') ?? false;
    if (fargate && (!taskDefinition.cpu?.trim() || !taskDefinition.memory?.trim())) {
        throw new errors/* InputError */.dz('task-definition', 'requires FARGATE, which needs task-level "cpu" and "memory". Add them, e.g. "cpu": "512", "memory": "1024".');
    }
}
function containerPortsOf(containers, appName) {
    const app = containers.find((container) => container.name === appName);
    const ports = (app?.portMappings ?? [])
        .map((mapping) => mapping.containerPort)
        .filter((port) => port !== undefined && port > 0);
    if (ports.length === 0) {
        throw new errors/* InputError */.dz('app-ports', `is not set and the app container "${appName}" maps no containerPort. ` +
            'Set app-ports to the ports the app listens on (e.g. 8080), or add portMappings to the container.');
    }
    return [...new Set(ports)];
}
/** What RegisterTaskDefinition would refuse about the containers, caught before any AWS call. */
function checkContainers(taskDefinition, appName) {
    const taskHasMemory = taskDefinition.memory !== undefined && taskDefinition.memory.trim() !== '';
    for (const container of taskDefinition.containerDefinitions) {
        if (!container.image?.trim()) {
            if (container.name === appName) {
                throw new errors/* InputError */.dz('image', `is not set and the app container "${appName}" has no image. Set image.`);
            }
            throw new errors/* InputError */.dz('task-definition', `container "${container.name}" has no image. Give it an "image".`);
        }
        if (!taskHasMemory && container.memory === undefined && container.memoryReservation === undefined) {
            throw new errors/* InputError */.dz('task-definition', `container "${container.name}" sets neither memory nor memoryReservation and the task sets no task-level ` +
                'memory. Add "memoryReservation" (MiB) to the container or "memory" to the task.');
        }
    }
}

;// CONCATENATED MODULE: ./src/taskdef/index.ts












/***/ })

};
