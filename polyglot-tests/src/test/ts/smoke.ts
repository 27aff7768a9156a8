// Smoke test of the TypeScript client generated (openapi-generator `typescript-fetch`) from the published poolspec
// spec. Compiled with the client by tsc in strict mode, run with node (its built-in fetch):
//
//   node target/ts-out/src/test/ts/smoke.js BASE_URL
//
// Runs the life of a pool against a running sandbox with the generated API class and models only: create (200,
// not 201), list with every filter, the documented 400 and 409 bodies, show, a merge patch (scale out and remove a
// label with null), delete, then 404. Exits 0 when every check holds, 1 (with the failed check) otherwise. The
// workarounds it relies on are described in polyglot-tests/README.md, "For other-language teams".

import {
    Configuration,
    ErrorResponse,
    ErrorResponseFromJSON,
    ListPoolsStatusEnum,
    PoolCreation,
    PoolLabelsUpdateFromJSON,
    PoolLabelsUpdateToJSON,
    PoolList,
    PoolUpdate,
    ResourcePoolsApi,
    ResponseError,
} from '../../../target/generated-clients/typescript';

// Node's globals without @types/node (the only npm dependency is typescript).
declare const process: { argv: string[]; exitCode?: number };

const PROJECT = 'polyglot-ts-' + Math.random().toString(16).slice(2, 10);
const NAME = 'ts-pool';

function check(condition: boolean, message: string): void {
    if (!condition) {
        throw new CheckFailed(message);
    }
    console.log('  ok: ' + message);
}

class CheckFailed extends Error {}

function names(list: PoolList): string[] {
    return (list.items ?? []).map((pool) => pool.metadata.name);
}

function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

// Every non-2xx answer is a ResponseError holding the raw Response; the documented error body is not decoded by
// the client, so the script reads it with the generated ErrorResponseFromJSON.
async function expectError(call: () => Promise<unknown>, status: number, errorCode: string): Promise<ErrorResponse> {
    try {
        await call();
    } catch (e) {
        if (!(e instanceof ResponseError)) {
            throw e;
        }
        const text = await e.response.text();
        check(e.response.status === status, `HTTP ${status} (got ${e.response.status}: ${text})`);
        const error = ErrorResponseFromJSON(JSON.parse(text));
        check(error.error_code === errorCode, `error_code ${errorCode} (got ${error.error_code})`);
        check(typeof error.error_msg === 'string' && error.error_msg.length > 0, `error_msg is set (${error.error_msg})`);
        return error;
    }
    throw new CheckFailed(`expected HTTP ${status}, the call succeeded`);
}

async function waitForPhase(api: ResourcePoolsApi, poolName: string, phase: string): Promise<void> {
    const deadline = Date.now() + 30_000;
    for (;;) {
        const pool = await api.showPool({ projectId: PROJECT, poolName });
        if (pool.status.phase === phase) {
            return;
        }
        if (Date.now() > deadline) {
            throw new CheckFailed(`${poolName} did not reach ${phase} (still ${pool.status.phase})`);
        }
        await sleep(100);
    }
}

// The models' property names for the labels are derived ones (os_modelarts_name for os.modelarts/name); the
// ToJSON functions write the spec's names.
function physicalPool(name: string, team: string): PoolCreation {
    return {
        kind: 'Pool',
        apiVersion: 'v2',
        metadata: { labels: { os_modelarts_name: name, team } },
        spec: {
            type: 'Dedicate',
            scope: ['Train'],
            network: { name: 'network-polyglot' },
            resources: [{ flavor: 'modelarts.vm.cpu.8ud', count: 1 }],
        },
    };
}

async function main(baseUrl: string): Promise<void> {
    // Token auth through a fixed header, not `apiKey`: the generated code calls apiKey() for every security scheme
    // of the operation and would also send Authorization and X-Sdk-Date (the AK/SK schemes) with its answer.
    const api = new ResourcePoolsApi(
        new Configuration({ basePath: baseUrl, headers: { 'X-Auth-Token': 'polyglot-smoke-token' } }),
    );

    console.log('create a physical pool');
    const created = await api.createPoolRaw({ projectId: PROJECT, poolCreation: physicalPool(NAME, 'vision') });
    check(created.raw.status === 200, `createPool answers 200, not 201 (got ${created.raw.status})`);
    const pool = await created.value();
    const poolName = pool.metadata.name;
    check(poolName === `${NAME}-${PROJECT}`, `metadata.name is <name>-<project_id> (${poolName})`);
    check(pool.status.phase === 'Creating', `a new pool is Creating (${pool.status.phase})`);
    check(pool.metadata.labels?.['team'] === 'vision', 'an undocumented label survives the round trip');
    check(pool.metadata.creationTimestamp instanceof Date, 'creationTimestamp is read as a Date');

    console.log('create a logical sub-pool of it');
    const sub = await api.createPool({
        projectId: PROJECT,
        poolCreation: {
            kind: 'Pool',
            apiVersion: 'v2',
            metadata: { labels: { os_modelarts_name: NAME + '-sub' } },
            spec: { type: 'Logical', parent: poolName, resources: [{ flavor: 'modelarts.vm.cpu.8ud', count: 1 }] },
        },
    });
    const subName = sub.metadata.name;
    check(sub.status.parent === poolName, `status.parent of the sub-pool is ${poolName}`);

    await waitForPhase(api, poolName, 'Running');
    await waitForPhase(api, subName, 'Running');

    console.log('list with every filter');
    const list = (filters: Omit<Parameters<ResourcePoolsApi['listPools']>[0], 'projectId'>) =>
        api.listPools({ projectId: PROJECT, ...filters }).then(names);
    check((await list({})).sort().join() === [poolName, subName].sort().join(), 'no filter: both pools');
    check((await list({ workspaceId: '0' })).includes(poolName), 'workspaceId=0 lists the pool');
    check((await list({ workspaceId: 'ws-other' })).length === 0, 'workspaceId=ws-other lists nothing');
    check((await list({ status: ListPoolsStatusEnum.created })).includes(poolName), 'status=created lists the pool');
    check((await list({ status: 'failed' })).length === 0, 'status=failed lists nothing');
    check(
        (await list({ labelSelector: `os.modelarts/name=${NAME},team in (vision,nlp)` })).join() === poolName,
        'labelSelector name=..,team in (..) lists exactly the pool',
    );
    check(
        (await list({ labelSelector: 'team notin (vision)' })).join() === subName,
        'labelSelector team notin (vision) lists only the sub-pool',
    );
    check((await list({ parent: poolName })).join() === subName, 'parent=<pool> lists its sub-pool');
    await expectError(() => list({ labelSelector: 'team in (vision' }), 400, 'ModelArts.50004000');

    console.log('invalid create: the documented 400 body');
    // The client checks nothing before sending (only required path parameters): a logical pool with a scope
    // (an if/then rule of the spec) goes out and the service answers 400.
    await expectError(
        () =>
            api.createPool({
                projectId: PROJECT,
                poolCreation: {
                    kind: 'Pool',
                    apiVersion: 'v2',
                    metadata: { labels: { os_modelarts_name: 'ts-invalid' } },
                    spec: { type: 'Logical', scope: ['Train'], resources: [{ flavor: 'modelarts.vm.cpu.8ud', count: 1 }] },
                },
            }),
        400,
        'ModelArts.50004000',
    );

    console.log('duplicate create: the documented 409 body');
    const duplicate = await expectError(
        () => api.createPool({ projectId: PROJECT, poolCreation: physicalPool(NAME, 'vision') }),
        409,
        'ModelArts.50015000',
    );
    check(duplicate.error_msg === 'Pool already exists.', `error_msg of the duplicate (${duplicate.error_msg})`);

    console.log('show');
    const shown = await api.showPool({ projectId: PROJECT, poolName });
    check(shown.metadata.name === poolName && shown.status.phase === 'Running', 'showPool: the pool, Running');

    console.log('merge patch: scale out to 2 nodes, remove the label team with null');
    // Built as a plain object: labels read from a response (FromJSON) carry both the wire name and the derived
    // property name, and ToJSON would send both (see the known defect checked below).
    const patch: PoolUpdate = {
        spec: { resources: [{ flavor: 'modelarts.vm.cpu.8ud', count: 2 }] },
        metadata: { labels: { team: null } },
    };
    const updatedRaw = await api.updatePoolRaw({ projectId: PROJECT, poolName, poolUpdate: patch });
    check(updatedRaw.raw.status === 200, 'updatePool answers 200');
    const updated = await updatedRaw.value();
    check(updated.spec.resources[0]?.count === 2, 'spec.resources[0].count is 2');
    check(!('team' in (updated.metadata.labels ?? {})), 'the label team is gone');
    check(updated.metadata.labels?.os_modelarts_name === NAME, 'the name label stays');
    const echoed = JSON.stringify(PoolLabelsUpdateToJSON(PoolLabelsUpdateFromJSON({ 'os.modelarts/sharing': 'shared' })));
    check(
        echoed === '{"os.modelarts/sharing":"shared","os_modelarts_sharing":"shared"}',
        'known defect: a FromJSON/ToJSON round trip of a label map adds os_modelarts_sharing (build patches from plain objects)',
    );

    console.log('delete, then 404');
    await api.deletePool({ projectId: PROJECT, poolName: subName });
    const deleted = await api.deletePool({ projectId: PROJECT, poolName });
    check(deleted.metadata.deletionTimestamp instanceof Date, 'the answer has metadata.deletionTimestamp');
    check(deleted.status.phase === 'Deleting', `the pool is Deleting (${deleted.status.phase})`);
    const deadline = Date.now() + 30_000;
    for (;;) {
        try {
            await api.showPool({ projectId: PROJECT, poolName });
        } catch (e) {
            if (e instanceof ResponseError && e.response.status === 404) {
                break;
            }
            throw e;
        }
        if (Date.now() > deadline) {
            throw new CheckFailed('the deleted pool did not go away');
        }
        await sleep(100);
    }
    await expectError(() => api.showPool({ projectId: PROJECT, poolName }), 404, 'ModelArts.50015001');
    await expectError(() => api.deletePool({ projectId: PROJECT, poolName }), 404, 'ModelArts.50015001');
    console.log('typescript smoke: all checks passed');
}

const baseUrl = process.argv[2];
if (baseUrl === undefined) {
    console.error('usage: node smoke.js BASE_URL');
    process.exitCode = 2;
} else {
    main(baseUrl).catch((failure: unknown) => {
        console.error('typescript smoke FAILED: ' + (failure instanceof Error ? failure.stack ?? failure.message : String(failure)));
        process.exitCode = 1;
    });
}
