"""Smoke test of the Python client generated (openapi-generator `python`) from the published poolspec spec.

Usage: python3 smoke.py BASE_URL   (with the generated package poolspec_client on PYTHONPATH)

Runs the life of a pool against a running sandbox with the generated API class and models only: create (200, not
201), list with every filter, the documented 400 and 409 bodies, show, a merge patch (scale out and remove a label
with null), delete, then 404. Exits 0 when every check holds, 1 (with the failed check) otherwise. The workarounds
it relies on are described in polyglot-tests/README.md, "For other-language teams".
"""

import sys
import time
import uuid

import poolspec_client
from poolspec_client.api.resource_pools_api import ResourcePoolsApi
from poolspec_client.exceptions import ApiException
from poolspec_client.models.error_response import ErrorResponse
from poolspec_client.models.pool_creation import PoolCreation
from poolspec_client.models.pool_update import PoolUpdate

PROJECT = "polyglot-python-" + uuid.uuid4().hex[:8]
NAME = "py-pool"


def check(condition, message):
    if not condition:
        raise AssertionError(message)
    print("  ok:", message)


def names(pool_list):
    return [item.metadata.name for item in (pool_list.items or [])]


def expect_error(call, status, error_code):
    """Runs call, which must fail with this HTTP status and documented error body; returns the ErrorResponse."""
    try:
        call()
    except ApiException as e:
        check(e.status == status, f"HTTP {status} (got {e.status}: {e.body})")
        # The generated client deserializes documented error bodies into e.data (the 4xx/5xx response types).
        check(isinstance(e.data, ErrorResponse), f"the body is an ErrorResponse: {e.body}")
        check(e.data.error_code == error_code, f"error_code {error_code} (got {e.data.error_code})")
        check(bool(e.data.error_msg), f"error_msg is set ({e.data.error_msg!r})")
        return e.data
    raise AssertionError(f"expected HTTP {status}, the call succeeded")


def wait_for_phase(api, pool_name, phase, timeout=30.0):
    deadline = time.monotonic() + timeout
    while True:
        pool = api.show_pool(PROJECT, pool_name)
        if pool.status.phase == phase:
            return pool
        if time.monotonic() > deadline:
            raise AssertionError(f"{pool_name} did not reach {phase} (still {pool.status.phase})")
        time.sleep(0.1)


def physical_pool(name, team):
    # Built from JSON (the spec's names, with `/` and `.`); the models' Python attribute names are derived ones
    # (os_modelarts_name) and only aliases carry the wire names.
    return PoolCreation.from_dict({
        "kind": "Pool",
        "apiVersion": "v2",
        "metadata": {"labels": {"os.modelarts/name": name, "team": team}},
        "spec": {
            "type": "Dedicate",
            "scope": ["Train"],
            "network": {"name": "network-polyglot"},
            "resources": [{"flavor": "modelarts.vm.cpu.8ud", "count": 1}],
        },
    })


def main(base_url):
    configuration = poolspec_client.Configuration(host=base_url)
    # Token auth: only the iamToken scheme is configured, so no Authorization / X-Sdk-Date header is sent.
    configuration.api_key["iamToken"] = "polyglot-smoke-token"
    with poolspec_client.ApiClient(configuration) as client:
        api = ResourcePoolsApi(client)

        print("create a physical pool")
        response = api.create_pool_with_http_info(PROJECT, physical_pool(NAME, "vision"))
        check(response.status_code == 200, f"createPool answers 200, not 201 (got {response.status_code})")
        pool = response.data
        pool_name = pool.metadata.name
        check(pool_name == f"{NAME}-{PROJECT}", f"metadata.name is <name>-<project_id> ({pool_name})")
        check(pool.status.phase == "Creating", f"a new pool is Creating ({pool.status.phase})")
        check(pool.metadata.labels.additional_properties.get("team") == "vision",
              "an undocumented label survives the round trip")

        print("create a logical sub-pool of it")
        sub = api.create_pool(PROJECT, PoolCreation.from_dict({
            "kind": "Pool",
            "apiVersion": "v2",
            "metadata": {"labels": {"os.modelarts/name": NAME + "-sub"}},
            "spec": {"type": "Logical", "parent": pool_name,
                     "resources": [{"flavor": "modelarts.vm.cpu.8ud", "count": 1}]},
        }))
        sub_name = sub.metadata.name
        check(sub.status.parent == pool_name, f"status.parent of the sub-pool is {pool_name}")

        wait_for_phase(api, pool_name, "Running")
        wait_for_phase(api, sub_name, "Running")

        print("list with every filter")
        check(sorted(names(api.list_pools(PROJECT))) == sorted([pool_name, sub_name]), "no filter: both pools")
        check(pool_name in names(api.list_pools(PROJECT, workspace_id="0")), "workspaceId=0 lists the pool")
        check(names(api.list_pools(PROJECT, workspace_id="ws-other")) == [], "workspaceId=ws-other lists nothing")
        check(pool_name in names(api.list_pools(PROJECT, status="created")), "status=created lists the pool")
        check(names(api.list_pools(PROJECT, status="failed")) == [], "status=failed lists nothing")
        check(names(api.list_pools(PROJECT, label_selector=f"os.modelarts/name={NAME},team in (vision,nlp)"))
              == [pool_name], "labelSelector name=..,team in (..) lists exactly the pool")
        check(names(api.list_pools(PROJECT, label_selector="team notin (vision)")) == [sub_name],
              "labelSelector team notin (vision) lists only the sub-pool")
        check(names(api.list_pools(PROJECT, parent=pool_name)) == [sub_name], "parent=<pool> lists its sub-pool")
        expect_error(lambda: api.list_pools(PROJECT, label_selector="team in (vision"), 400, "ModelArts.50004000")

        print("invalid create: the documented 400 body")
        # The client checks single-field rules (required, enum, pattern) before sending, but not the spec's
        # if/then rules: a logical pool with a scope passes the client and the service answers 400.
        invalid = PoolCreation.from_dict({
            "kind": "Pool",
            "apiVersion": "v2",
            "metadata": {"labels": {"os.modelarts/name": "py-invalid"}},
            "spec": {"type": "Logical", "scope": ["Train"],
                     "resources": [{"flavor": "modelarts.vm.cpu.8ud", "count": 1}]},
        })
        expect_error(lambda: api.create_pool(PROJECT, invalid), 400, "ModelArts.50004000")

        print("duplicate create: the documented 409 body")
        error = expect_error(lambda: api.create_pool(PROJECT, physical_pool(NAME, "vision")), 409,
                             "ModelArts.50015000")
        check(error.error_msg == "Pool already exists.", f"error_msg of the duplicate ({error.error_msg})")

        print("show")
        shown = api.show_pool(PROJECT, pool_name)
        check(shown.metadata.name == pool_name and shown.status.phase == "Running", "showPool: the pool, Running")

        print("merge patch: scale out to 2 nodes, remove the label team with null")
        patch = PoolUpdate.from_dict({
            "spec": {"resources": [{"flavor": "modelarts.vm.cpu.8ud", "count": 2}]},
            "metadata": {"labels": {"team": None}},
        })
        check(client.sanitize_for_serialization(patch)["metadata"]["labels"] == {"team": None},
              "the patch body keeps the explicit null")
        updated = api.update_pool(PROJECT, pool_name, patch)
        check(updated.spec.resources[0].count == 2, "spec.resources[0].count is 2")
        check("team" not in updated.metadata.labels.additional_properties, "the label team is gone")
        check(updated.metadata.labels.os_modelarts_name == NAME, "the name label stays")

        print("delete, then 404")
        api.delete_pool(PROJECT, sub_name)
        deleted = api.delete_pool(PROJECT, pool_name)
        check(deleted.metadata.deletion_timestamp is not None, "the answer has metadata.deletionTimestamp")
        check(deleted.status.phase == "Deleting", f"the pool is Deleting ({deleted.status.phase})")
        deadline = time.monotonic() + 30
        while True:
            try:
                api.show_pool(PROJECT, pool_name)
            except ApiException as e:
                if e.status == 404:
                    break
                raise
            if time.monotonic() > deadline:
                raise AssertionError("the deleted pool did not go away")
            time.sleep(0.1)
        expect_error(lambda: api.show_pool(PROJECT, pool_name), 404, "ModelArts.50015001")
        expect_error(lambda: api.delete_pool(PROJECT, pool_name), 404, "ModelArts.50015001")
    print("python smoke: all checks passed")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: smoke.py BASE_URL", file=sys.stderr)
        sys.exit(2)
    try:
        main(sys.argv[1])
    except AssertionError as failure:
        print("python smoke FAILED:", failure, file=sys.stderr)
        sys.exit(1)
