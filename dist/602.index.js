export const id = 602;
export const ids = [602];
export const modules = {

/***/ 5568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ clientConfig)
});

;// CONCATENATED MODULE: ./src/version.ts
/** Kept in step with package.json by a test. */
const version = '0.1.0';

;// CONCATENATED MODULE: ./src/aws/client-config.ts

function clientConfig(options = {}) {
    return {
        ...(options.region ? { region: options.region } : {}),
        maxAttempts: 6,
        retryMode: 'adaptive',
        customUserAgent: `appmesh-canary/${version}`,
    };
}


/***/ }),

/***/ 1602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  health: () => (/* binding */ health)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-cjs/index.js
var dist_cjs = __webpack_require__(4085);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-xray/dist-cjs/index.js
var client_xray_dist_cjs = __webpack_require__(2065);
// EXTERNAL MODULE: ./src/aws/client-config.ts + 1 modules
var client_config = __webpack_require__(5568);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/health/sources/alarms.ts


/** DescribeAlarms takes at most 100 names per request. */
const namesPerRequest = 100;
/** States of the named metric and composite alarms; names DescribeAlarms does not know are `missing`. */
async function readAlarmStates(client, names) {
    const alarms = [];
    for (let start = 0; start < names.length; start += namesPerRequest) {
        const chunk = names.slice(start, start + namesPerRequest);
        let nextToken;
        do {
            const page = await (0,errors/* callAws */.IY)(`describing CloudWatch alarms ${chunk.join(', ')}`, () => client.send(new dist_cjs/* DescribeAlarmsCommand */.zWD({
                AlarmNames: chunk,
                // Without AlarmTypes only metric alarms are returned, and a composite alarm would look missing.
                AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
                MaxRecords: namesPerRequest,
                NextToken: nextToken,
            })));
            for (const alarm of [...(page.MetricAlarms ?? []), ...(page.CompositeAlarms ?? [])]) {
                if (alarm.AlarmName)
                    alarms.push({ name: alarm.AlarmName, state: stateOf(alarm.StateValue) });
            }
            nextToken = page.NextToken;
        } while (nextToken);
    }
    const found = new Set(alarms.map((alarm) => alarm.name));
    return { alarms, missing: names.filter((name) => !found.has(name)) };
}
/** An unknown or absent state is not OK: read it as INSUFFICIENT_DATA. */
function stateOf(value) {
    return value === 'OK' || value === 'ALARM' ? value : 'INSUFFICIENT_DATA';
}

;// CONCATENATED MODULE: ./src/health/sources/metrics.ts


/**
 * Reads every series of one check with GetMetricData: one call, more only when CloudWatch pages the
 * datapoints (NextToken). Values are summed per query id over the window.
 */
async function readMetricSeries(client, queries, window) {
    const byId = new Map();
    let nextToken;
    do {
        const page = await (0,errors/* callAws */.IY)('reading CloudWatch metric data', () => client.send(new dist_cjs/* GetMetricDataCommand */.Soe({
            // Custom queries are validated by their schema; the SDK's unit enum is the only narrowing.
            MetricDataQueries: queries,
            StartTime: window.start,
            EndTime: window.end,
            ScanBy: 'TimestampAscending',
            NextToken: nextToken,
        })));
        for (const result of page.MetricDataResults ?? []) {
            if (!result.Id)
                continue;
            const series = byId.get(result.Id) ?? {
                id: result.Id,
                sum: 0,
                datapoints: 0,
                status: 'Complete',
                messages: [],
            };
            const values = (result.Values ?? []).filter((value) => Number.isFinite(value));
            series.sum += values.reduce((total, value) => total + value, 0);
            series.datapoints += values.length;
            const times = result.Timestamps ?? [];
            const points = (result.Values ?? []).flatMap((value, index) => {
                const at = times[index];
                return Number.isFinite(value) && at ? [[at.getTime(), value]] : [];
            });
            if (points.length > 0)
                series.points = [...(series.points ?? []), ...points];
            // A page may say PartialData only because more pages follow; the last word counts, errors stick.
            if (series.status !== 'InternalError' && series.status !== 'Forbidden')
                series.status = result.StatusCode ?? 'Complete';
            for (const message of result.Messages ?? [])
                if (message.Value)
                    series.messages.push(message.Value);
            byId.set(result.Id, series);
        }
        nextToken = page.NextToken;
    } while (nextToken);
    return [...byId.values()];
}

;// CONCATENATED MODULE: ./src/health/sources/xray.ts


/** X-Ray aggregates service statistics per minute; the check window is aligned to whole minutes. */
const xrayPeriodSeconds = 60;
/** The entity selector of one service by name, e.g. service("apps/serviceBv2"). */
function serviceSelector(service) {
    return `service("${service}")`;
}
/** Requests, faults (5xx), errors (4xx) and response time of one service, summed over the window. */
async function readServiceStatistics(client, service, window) {
    let statistics;
    let nextToken;
    do {
        const page = await (0,errors/* callAws */.IY)(`reading X-Ray statistics of service ${service}`, () => client.send(new client_xray_dist_cjs/* GetTimeSeriesServiceStatisticsCommand */.ES$({
            StartTime: window.start,
            EndTime: window.end,
            EntitySelectorExpression: serviceSelector(service),
            Period: xrayPeriodSeconds,
            NextToken: nextToken,
        })));
        for (const point of page.TimeSeriesServiceStatistics ?? []) {
            const summary = point.ServiceSummaryStatistics;
            if (!summary)
                continue;
            statistics ??= { total: 0, faults: 0, clientErrors: 0, totalResponseTimeSeconds: 0 };
            statistics.total += summary.TotalCount ?? 0;
            statistics.faults += summary.FaultStatistics?.TotalCount ?? 0;
            statistics.clientErrors += summary.ErrorStatistics?.TotalCount ?? 0;
            statistics.totalResponseTimeSeconds += summary.TotalResponseTime ?? 0;
            const histogram = (point.ResponseTimeHistogram ?? []).flatMap((entry) => entry.Value !== undefined && entry.Count ? [{ valueSeconds: entry.Value, count: entry.Count }] : []);
            if (histogram.length > 0)
                statistics.histogram = [...(statistics.histogram ?? []), ...histogram];
        }
        nextToken = page.NextToken;
    } while (nextToken);
    return statistics;
}

;// CONCATENATED MODULE: ./src/health/sources/index.ts






function healthClients(options = {}) {
    return {
        cloudWatch: new dist_cjs/* CloudWatchClient */.WBn((0,client_config/* clientConfig */.y)(options)),
        xray: new client_xray_dist_cjs/* XRayClient */.QYJ((0,client_config/* clientConfig */.y)(options)),
    };
}
/** The health sources over real clients: the only code that talks to CloudWatch and X-Ray. */
function awsHealthReaders(clients) {
    return {
        alarms: (names) => readAlarmStates(clients.cloudWatch, names),
        metrics: (queries, window) => readMetricSeries(clients.cloudWatch, queries, window),
        xray: (service, window) => readServiceStatistics(clients.xray, service, window),
    };
}

;// CONCATENATED MODULE: ./src/aws/clients/health.ts

const health = (region) => awsHealthReaders(healthClients({ region }));


/***/ })

};
