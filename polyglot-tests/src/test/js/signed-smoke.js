// AK/SK requests signed by the official Huawei Cloud Node.js SDK (@huaweicloud/huaweicloud-sdk-core, AKSKSigner),
// sent to the sandbox started with --ak/--sk: a signer written by others, in another language, against the
// sandbox's verification. Usage: POOLSPEC_AK=... POOLSPEC_SK=... node signed-smoke.js BASE_URL
'use strict';
const http = require('http');
const { AKSKSigner } = require('@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner');
const { BasicCredentials } = require('@huaweicloud/huaweicloud-sdk-core/auth/BasicCredentials');

const base = process.argv[2];
const ak = process.env.POOLSPEC_AK;
const sk = process.env.POOLSPEC_SK;
const project = 'p' + Date.now().toString(16);

function check(condition, what, answer) {
  if (!condition) {
    throw new Error(`${what}: got ${answer.status} ${answer.text}`);
  }
  console.log(`ok: ${what}`);
}

// The SDK signs the request object (endpoint with the path, query parameters, headers, data) and answers the
// headers to send; the body on the wire must be JSON.stringify(data), which is what it hashes.
function send(method, path, query, data, secret) {
  const request = {
    endpoint: base + path,
    method,
    headers: { 'Content-Type': 'application/json', 'X-Project-Id': project },
    queryParams: query,
    data,
  };
  const headers = AKSKSigner.sign(request, new BasicCredentials().withAk(ak).withSk(secret));
  const search = Object.entries(query)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join('&');
  const body = data === undefined ? undefined : JSON.stringify(data);
  const url = new URL(base + path + (search ? '?' + search : ''));
  return new Promise((resolve, reject) => {
    const outgoing = http.request(url, { method, headers }, (incoming) => {
      let text = '';
      incoming.setEncoding('utf8');
      incoming.on('data', (chunk) => (text += chunk));
      incoming.on('end', () => resolve({ status: incoming.statusCode, text }));
    });
    outgoing.on('error', reject);
    if (body !== undefined) {
      outgoing.write(body);
    }
    outgoing.end();
  });
}

async function main() {
  const pools = `/v2/${project}/pools`;
  const pool = {
    apiVersion: 'v2',
    kind: 'Pool',
    metadata: { labels: { 'os.modelarts/name': 'pool-node', 'os.modelarts/workspace.id': '0' } },
    spec: { type: 'Logical', resources: [{ flavor: 'modelarts.vm.cpu.8ud', count: 1 }] },
  };
  const created = await send('POST', pools, {}, pool, sk);
  check(created.status === 200, 'create signed by the Node.js SDK is served', created);

  const listed = await send('GET', pools, { labelSelector: 'os.modelarts/name=pool-node', workspaceId: '0' }, undefined, sk);
  check(listed.status === 200 && JSON.parse(listed.text).items.length === 1, 'list with a label selector, signed', listed);

  const forged = await send('GET', pools, { workspaceId: '0' }, undefined, sk + 'x');
  check(
    forged.status === 401 && JSON.parse(forged.text).error_msg.startsWith('The AK/SK signature does not match'),
    'a signature made with another SK is refused with 401',
    forged
  );
  console.log('signed smoke: all checks passed');
}

main().catch((e) => {
  console.error(e.stack || String(e));
  process.exit(1);
});
