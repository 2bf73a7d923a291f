"""Lets the realm's web client redirect to one more origin (the balancer of bench/two-instances.sh --web), through
Keycloak's admin API in the Keycloak that script started; the realm file stays as it is.

    python3 bench/ha/allow_redirect.py KEYCLOAK_URL ORIGIN      (admin login kcadmin/kcadmin, the local default)
"""
import json
import sys
import urllib.parse
import urllib.request

keycloak, origin = sys.argv[1], sys.argv[2]


def call(method, path, token=None, body=None, form=None):
    data = urllib.parse.urlencode(form).encode() if form else json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(keycloak + path, data=data, method=method)
    if token:
        request.add_header("Authorization", "Bearer " + token)
    if body is not None:
        request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request) as response:
        text = response.read()
        return json.loads(text) if text else None


token = call("POST", "/realms/master/protocol/openid-connect/token",
             form={"grant_type": "password", "client_id": "admin-cli", "username": "kcadmin", "password": "kcadmin"})["access_token"]
client = call("GET", "/admin/realms/duty-ledger/clients?clientId=web", token)[0]
client["redirectUris"] = sorted(set(client.get("redirectUris", [])) | {origin + "/*"})
client["webOrigins"] = sorted(set(client.get("webOrigins", [])) | {origin})
call("PUT", "/admin/realms/duty-ledger/clients/" + client["id"], token, body=client)
print("the web client now accepts redirects to " + origin + "/*")
