#!/usr/bin/env python3
"""Contract conformance of segurdesk-sandbox against docs/portal-api.yaml.

Starts the real sandbox on 127.0.0.1 (port chosen by the system) with a throwaway data folder,
drives an operator's whole journey with urllib, and checks every answer against the contract:
- its status is declared for the operation, and so is its media type; a declared ETag, Link,
  Location or Retry-After header is present;
- a JSON body validates against the declared schema (OpenAPI 3.0 turned into JSON Schema:
  `nullable` becomes a null type), its times are RFC 3339 in UTC, and the schema names every
  member (clients may rely on the names the contract gives, so an unnamed member is a gap);
- a problem has the problem media type, repeats its status and X-Request-Id, and its type is
  one of the slugs the contract lists;
- a path or method the contract does not declare answers only 404 or 405.
At the end every operation of the contract must have been exercised, or be listed in
SKIPPED_OPERATIONS with the reason.

Usage: check_contract.py --sandbox PATH --spec docs/portal-api.yaml [--verbose]
Exit status: 0 when everything conforms, 1 with the list of mismatches. Needs Debian's
python3-yaml and python3-jsonschema.
"""
import argparse
import datetime
import email.parser
import email.policy
import glob
import json
import os
import re
import struct
import subprocess
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request
import uuid
import zlib

import jsonschema
import yaml

CAPTCHA_ANSWER = "K7P2QX"
# Cheap password hashing, and no instruction but the journey's own through the admin endpoint.
TEST_CONFIG = {"auth": {"pbkdf2_iterations": 1000}, "instruction": {"delay_seconds": 86400}}

# Operations the journey does not reach, by operationId, each with the reason. None today.
SKIPPED_OPERATIONS = {}

# Headers that must be present when the contract declares them for an answer (others, such as
# Idempotent-Replayed, are present only in some cases).
EXPECTED_HEADERS = {"etag", "link", "location", "retry-after"}

HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options"}

RFC3339_UTC = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")

NEW_PASSWORD = "Ségur-Contrat-2023!"
RESET_PASSWORD = "Ségur-Reprise-2024!"
SECRET_ANSWER = "Besançon"
UNKNOWN_ID = "999999"
# Luhn-valid SIRET (and SIREN) of no establishment in sandbox/data/companies.json.
UNKNOWN_SIRET = "12345678200010"
IBAN = "FR76 3000 6000 0112 3456 7890 189"


class JourneyError(Exception):
    """The sandbox did not behave as the journey needs to go on."""


def json_schema(node):
    """An OpenAPI 3.0 schema object as JSON Schema (draft 7): `nullable: true` adds the null
    type (or wraps a typeless schema in anyOf), and OpenAPI-only keywords are dropped."""
    if not isinstance(node, dict):
        return node
    schema = {}
    for keyword, value in node.items():
        if keyword in ("nullable", "example", "xml", "externalDocs", "deprecated", "discriminator"):
            continue
        if keyword == "properties":
            schema[keyword] = {name: json_schema(sub) for name, sub in value.items()}
        elif keyword in ("allOf", "anyOf", "oneOf"):
            schema[keyword] = [json_schema(sub) for sub in value]
        elif keyword in ("items", "not", "additionalProperties"):
            schema[keyword] = json_schema(value)
        else:
            schema[keyword] = value
    if node.get("nullable") is True:
        if isinstance(schema.get("type"), str):
            schema["type"] = [schema["type"], "null"]
            if "enum" in schema:
                schema["enum"] = schema["enum"] + [None]
        else:
            schema = {"anyOf": [schema, {"type": "null"}]}
    return schema


def format_checker():
    """The formats the contract uses, checked as it defines them (times in UTC with a Z)."""
    checker = jsonschema.FormatChecker(formats=())

    @checker.checks("date-time", raises=ValueError)
    def date_time(value):
        if not isinstance(value, str):
            return True
        if not RFC3339_UTC.match(value):
            return False
        datetime.datetime.fromisoformat(value[:19])
        return True

    @checker.checks("date", raises=ValueError)
    def date(value):
        if isinstance(value, str):
            datetime.date.fromisoformat(value)
        return True

    @checker.checks("email")
    def mail_address(value):
        return not isinstance(value, str) or re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", value) is not None

    @checker.checks("uri")
    def uri(value):
        return not isinstance(value, str) or re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$", value) is not None

    return checker


class Contract:
    """docs/portal-api.yaml: its routes, and the checks of one answer against them."""

    def __init__(self, path):
        with open(path, encoding="utf-8") as file:
            self.document = yaml.safe_load(file)
        schemas = self.document["components"]["schemas"]
        self.root = {"components": {"schemas": {name: json_schema(s) for name, s in schemas.items()}}}
        self.resolver = jsonschema.RefResolver("", self.root)
        self.formats = format_checker()
        description = schemas["Problem"]["properties"]["type"]["description"]
        listed = description.split("one of", 1)[1]
        self.problem_slugs = {slug.strip(" .\n") for slug in listed.split(",")}
        base = urllib.parse.urlparse(self.document["servers"][0]["url"]).path.rstrip("/")
        self.routes = []
        self.operations = {}
        self.bearer_calls = []  # (method, path) of every operation that needs a token, ids made up
        # (method, path, needs an Idempotency-Key) of the portal's operations with a JSON body
        self.json_body_calls = []
        for template, item in self.document["paths"].items():
            servers = item.get("servers")
            prefix = urllib.parse.urlparse(servers[0]["url"]).path.rstrip("/") if servers else base
            pattern = "".join("[^/]+" if part.startswith("{") else re.escape(part)
                              for part in re.split(r"(\{[^}]+\})", prefix + template))
            self.routes.append((re.compile("^" + pattern + "$"), item))
            for method, operation in item.items():
                if method in HTTP_METHODS:
                    self.operations[operation["operationId"]] = (method.upper(), template)
                    path = re.sub(r"\{[^}]+\}", UNKNOWN_ID, prefix + template)
                    if operation.get("security", self.document.get("security")):
                        self.bearer_calls.append((method.upper(), path))
                    if not servers and "application/json" in operation.get("requestBody", {}).get("content", {}):
                        keyed = any(parameter.get("$ref", "").endswith("/IdempotencyKey")
                                    for parameter in operation.get("parameters", []))
                        self.json_body_calls.append((method.upper(), path, keyed))

    def resolve(self, schema):
        while isinstance(schema, dict) and "$ref" in schema:
            schema = self.resolver.resolve(schema["$ref"])[1]
        return schema

    def component(self, node):
        """A response object, following its $ref into components/responses."""
        while "$ref" in node:
            name = node["$ref"].rsplit("/", 1)[1]
            node = self.document["components"]["responses"][name]
        return node

    def path_item(self, path):
        for pattern, item in self.routes:
            if pattern.match(path):
                return item
        return {}

    def check(self, method, path, status, headers, body):
        """(operationId or None, [mismatch, ...]) for one answer."""
        mismatches = []
        media_type = (headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if not headers.get("X-Request-Id"):
            mismatches.append("no X-Request-Id header")
        if status >= 400:
            mismatches += self.check_problem(status, headers, media_type, body)
        operation = self.path_item(urllib.parse.urlparse(path).path).get(method.lower())
        if operation is None:
            if status not in (404, 405):
                mismatches.append(f"{method} {path} is not in the contract, yet it answered {status}")
            return None, mismatches
        name = operation["operationId"]
        responses = operation["responses"]
        if str(status) not in responses and "default" not in responses:
            mismatches.append(f"{name}: status {status} is not declared (declared: {', '.join(responses)})")
            return name, mismatches
        response = self.component(responses.get(str(status), responses.get("default")))
        for header in response.get("headers", {}):
            if header.lower() in EXPECTED_HEADERS and not headers.get(header):
                mismatches.append(f"{name} {status}: the declared {header} header is missing")
        content = response.get("content", {})
        if not content:
            if body:
                mismatches.append(f"{name} {status}: a body ({media_type}) where the contract declares none")
        elif media_type not in content:
            mismatches.append(f"{name} {status}: media type {media_type or 'none'} not declared "
                              f"(declared: {', '.join(content)})")
        elif media_type.endswith("json"):
            mismatches += self.check_json(f"{name} {status}", content[media_type].get("schema", {}), body)
        return name, mismatches

    def check_json(self, what, schema, body):
        try:
            instance = json.loads(body)
        except ValueError as error:
            return [f"{what}: the body is not JSON ({error})"]
        schema = json_schema(schema)
        validator = jsonschema.Draft7Validator(schema, resolver=self.resolver, format_checker=self.formats)
        mismatches = [f"{what}: {error.json_path}: {error.message}"
                      for error in sorted(validator.iter_errors(instance), key=lambda e: e.json_path)]
        mismatches += [f"{what}: {member}: a member the schema does not name"
                       for member in sorted(set(self.unnamed_members(schema, instance, "$")))]
        return mismatches

    def branches(self, schema):
        """`schema` and every schema it combines with allOf/anyOf/oneOf, references resolved."""
        schema = self.resolve(schema)
        found = [schema]
        for keyword in ("allOf", "anyOf", "oneOf"):
            for sub in schema.get(keyword, []):
                found += self.branches(sub)
        return found

    def unnamed_members(self, schema, instance, where):
        branches = self.branches(schema)
        if isinstance(instance, dict):
            named = {}
            for branch in branches:
                for name, sub in branch.get("properties", {}).items():
                    named.setdefault(name, []).append(sub)
            if not named:
                return []  # a free-form object
            unnamed = []
            for key, value in instance.items():
                if key not in named:
                    unnamed.append(f"{where}.{key}")
                for sub in named.get(key, []):
                    unnamed += self.unnamed_members(sub, value, f"{where}.{key}")
            return unnamed
        if isinstance(instance, list):
            unnamed = []
            for branch in branches:
                if "items" in branch:
                    for index, value in enumerate(instance):
                        unnamed += self.unnamed_members(branch["items"], value, f"{where}[{index}]")
            return unnamed
        return []

    def check_problem(self, status, headers, media_type, body):
        if media_type != "application/problem+json":
            return [f"error {status} as {media_type or 'no media type'}, not application/problem+json"]
        try:
            problem = json.loads(body)
        except ValueError:
            return [f"problem {status}: the body is not JSON"]
        mismatches = []
        if problem.get("status") != status:
            mismatches.append(f"problem {status}: its status member says {problem.get('status')}")
        if problem.get("request_id") != headers.get("X-Request-Id"):
            mismatches.append(f"problem {status}: request_id differs from X-Request-Id")
        slug = str(problem.get("type", "")).removeprefix("urn:segurdesk:problem:")
        if slug not in self.problem_slugs:
            mismatches.append(f"problem {status}: type {problem.get('type')} is not among the listed slugs")
        return mismatches


class Reply:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body

    def json(self):
        return json.loads(self.body)


class Client:
    """urllib against the sandbox; every answer is checked by the contract as it arrives."""

    def __init__(self, base_url, contract, verbose):
        self.base_url = base_url
        self.contract = contract
        self.verbose = verbose
        self.mismatches = []
        self.exercised = {}  # operationId -> statuses seen

    # `expect`: the status the journey needs to go on, None for any.
    def send(self, method, path, expect, *, json_body=None, body=None, content_type=None, token=None,
             headers=None):
        request_headers = dict(headers or {})
        if json_body is not None:
            body = json.dumps(json_body).encode()
            content_type = content_type or "application/json"
        if content_type:
            request_headers["Content-Type"] = content_type
        if token:
            request_headers["Authorization"] = "Bearer " + token
        if body is None and method in ("POST", "PUT"):
            body = b""
        request = urllib.request.Request(self.base_url + path, data=body, method=method, headers=request_headers)
        try:
            with urllib.request.urlopen(request, timeout=60) as answer:
                reply = Reply(answer.status, answer.headers, answer.read())
        except urllib.error.HTTPError as error:
            reply = Reply(error.code, error.headers, error.read())
        operation, mismatches = self.contract.check(method, path, reply.status, reply.headers, reply.body)
        if operation:
            self.exercised.setdefault(operation, set()).add(reply.status)
        self.mismatches += [f"{method} {path} → {reply.status}: {mismatch}" for mismatch in mismatches]
        if self.verbose:
            print(f"{method} {path} → {reply.status} ({operation or 'not in the contract'})")
        if expect is not None and reply.status != expect:
            raise JourneyError(f"{method} {path}: expected {expect}, got {reply.status}: {reply.body[:400]!r}")
        return reply

    def get(self, path, expect=200, **options):
        return self.send("GET", path, expect, **options)

    def post(self, path, expect, **options):
        return self.send("POST", path, expect, **options)

    def put(self, path, expect, **options):
        return self.send("PUT", path, expect, **options)


class Sandbox:
    """The real segurdesk-sandbox with --admin and a fixed captcha answer in `folder`."""

    def __init__(self, executable, folder):
        self.data = os.path.join(folder, "data")
        config = os.path.join(folder, "config.json")
        with open(config, "w", encoding="utf-8") as file:
            json.dump(TEST_CONFIG, file)
        self.stderr = open(os.path.join(folder, "stderr.txt"), "w+", encoding="utf-8")
        self.process = subprocess.Popen(
            [executable, "--data", self.data, "--listen", "127.0.0.1:0", "--config", config, "--admin",
             "--captcha-answer", CAPTCHA_ANSWER],
            stdout=subprocess.PIPE, stderr=self.stderr, text=True)
        # The URL is the first line on stdout; end of file means the sandbox stopped.
        self.url = self.process.stdout.readline().strip()
        if not self.url:
            message = "the sandbox printed no URL: " + self.errors()
            self.stop()
            raise JourneyError(message)

    def errors(self):
        self.stderr.seek(0)
        return self.stderr.read()

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process.stdout.close()
        self.stderr.close()

    def mails(self, kind):
        """Bodies of the outbox mails of `kind`, oldest first."""
        bodies = []
        for path in sorted(glob.glob(os.path.join(self.data, "outbox", f"*-{kind}.eml"))):
            with open(path, "rb") as file:
                message = email.parser.BytesParser(policy=email.policy.default).parse(file)
            bodies.append(message.get_content())
        return bodies


def png():
    """A small valid PNG (8 × 8, one colour)."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\x00" + b"\x1e\x78\xc8" * 8 for _ in range(8))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def multipart(dossier, files):
    """(body, content type) of the enrollment multipart: the `dossier` JSON part, then `files`."""
    boundary = "contract-" + uuid.uuid4().hex
    parts = [('name="dossier"', "application/json", json.dumps(dossier).encode())]
    parts += [(f'name="{name}"; filename="{name}.bin"', "application/octet-stream", data)
              for name, data in files.items()]
    body = b"".join(f"--{boundary}\r\nContent-Disposition: form-data; {disposition}\r\n"
                    f"Content-Type: {media_type}\r\n\r\n".encode() + data + b"\r\n"
                    for disposition, media_type, data in parts)
    return body + f"--{boundary}--\r\n".encode(), "multipart/form-data; boundary=" + boundary


def new_dossier(captcha_id, email_address):
    person = {"last_name": "Dupont", "first_name": "Marie", "email": email_address,
              "email_confirmation": email_address, "phone": "06 12 34 56 78", "id_document_type": "passport"}
    return {
        "referencing": {"number": "MSS-2022-0042"},
        "applicant": {"siret": "588 163 022 00019", "company_name": "MEDIMAIL CONNECT SA", "trade_name": "Medimail",
                      "address": {"street": "12 quai Marcel Boyer", "postal_code": "94200",
                                  "city": "IVRY-SUR-SEINE", "complement": "3e étage"},
                      "is_legal_representative": True},
        "representative": person,
        "bank": {"iban": IBAN, "bic": "BNPAFRPP", "holder": "Medimail Connect SA"},
        "vat_rate": "20",
        "declarations": {"terms_of_use": True, "penal_code_441_7": True, "information_authentic": True},
        "captcha": {"id": captcha_id, "answer": CAPTCHA_ANSWER},
    }


class Journey:
    """An operator's way through the portal, with the refusals met on the way."""

    def __init__(self, client, sandbox):
        self.client = client
        self.sandbox = sandbox
        self.pdf = b""
        self.enrollment_id = ""
        self.login = ""
        self.token = ""
        self.email = "marie.dupont@example.fr"

    def run(self):
        self.public_lookups()
        self.submission()
        self.instruction()
        self.first_login()
        self.follow_up()
        self.advance_and_payment()
        self.recovery()
        self.refusals()

    def captcha(self):
        return self.client.post("/api/v1/captchas", 201).json()["id"]

    def public_lookups(self):
        c = self.client
        config = c.get("/api/v1/config")
        c.get("/api/v1/config", 304, headers={"If-None-Match": config.headers["ETag"]})
        c.get("/api/v1/referencing/MSS-2022-0042")
        c.get("/api/v1/referencing/MSS-1999-9999", 404)
        captcha = self.captcha()
        c.get(f"/api/v1/companies/58816302200019?captcha_id={captcha}&captcha_answer={CAPTCHA_ANSWER}")
        c.get(f"/api/v1/companies/58816302200018?captcha_id={captcha}&captcha_answer=FAUX", 422)
        captcha = self.captcha()
        c.get(f"/api/v1/companies/{UNKNOWN_SIRET}?captcha_id={captcha}&captcha_answer={CAPTCHA_ANSWER}", 404)
        bank = c.get("/api/v1/banks/BNPAFRPPXXX")
        c.get("/api/v1/banks/BNPAFRPPXXX", 304, headers={"If-None-Match": bank.headers["ETag"]})
        c.get("/api/v1/banks/" + urllib.parse.quote(IBAN))
        c.get("/api/v1/banks/ABCDFRPP", 404)
        c.get("/api/v1/banks/NOPE", 422)
        for template in config.json()["templates"]:
            pdf = c.get(template["url"])
            c.get(template["url"], 304, headers={"If-None-Match": pdf.headers["ETag"]})
            self.pdf = pdf.body
        c.get("/api/v1/templates/brochure", 404)

    def submit(self, expect, files=None, key=None, dossier=None):
        body, content_type = multipart(dossier or new_dossier(self.captcha(), self.email), files or {
            "referencing_certificate": self.pdf, "operator_contract": self.pdf,
            "representative_id_document": png(), "rib": self.pdf})
        headers = {"Idempotency-Key": key} if key else {}
        return self.client.post("/api/v1/enrollments", expect, body=body, content_type=content_type, headers=headers)

    def submission(self):
        c = self.client
        self.submit(400)
        files = {"referencing_certificate": self.pdf, "operator_contract": self.pdf,
                 "representative_id_document": png()}
        limit = c.get("/api/v1/config").json()["upload"]["max_bytes"]
        self.submit(413, dict(files, rib=b"%PDF-1.4\n" + b"0" * limit), key=str(uuid.uuid4()))
        self.submit(415, dict(files, rib=b"Ceci n'est pas un RIB.\n"), key=str(uuid.uuid4()))
        c.post("/api/v1/enrollments", 415, json_body=new_dossier("x", self.email),
               headers={"Idempotency-Key": str(uuid.uuid4())})
        c.post("/api/v1/enrollments", 400, body=b"--x\r\n", content_type="multipart/form-data; boundary=x",
               headers={"Idempotency-Key": str(uuid.uuid4())})
        invalid = new_dossier(self.captcha(), self.email)
        invalid["applicant"]["siret"] = "58816302200018"
        invalid["bank"]["iban"] = IBAN[:-1] + "0"  # wrong check digits
        self.submit(422, dossier=invalid, key=str(uuid.uuid4()))

        key = str(uuid.uuid4())
        dossier = new_dossier(self.captcha(), self.email)
        receipt = self.submit(201, key=key, dossier=dossier)
        replay = self.submit(201, key=key, dossier=dossier)
        if replay.headers.get("Idempotent-Replayed") != "true" or replay.body != receipt.body:
            raise JourneyError("the replay of a submission is not the stored answer")
        dossier["applicant"]["trade_name"] = "Medimail Pro"
        self.submit(422, key=key, dossier=dossier)
        self.enrollment_id = receipt.json()["id"]

    def instruction(self):
        c = self.client
        c.post(f"/sandbox/enrollments/{UNKNOWN_ID}/decide", 404, json_body={})
        c.post(f"/sandbox/enrollments/{self.enrollment_id}/decide", 422, json_body={"decision": "peut-être"})
        c.post(f"/sandbox/enrollments/{self.enrollment_id}/decide", 400, body=b"{", content_type="application/json")
        c.post(f"/sandbox/enrollments/{self.enrollment_id}/decide", 200, json_body={"comment": "Dossier complet"})
        c.post(f"/sandbox/enrollments/{self.enrollment_id}/decide", 409, json_body={"decision": "rejected"})

    def login_with(self, login, password, expect=200):
        return self.client.post("/api/v1/auth/login", expect, json_body={"login": login, "password": password})

    def first_login(self):
        c = self.client
        mail = self.sandbox.mails("credentials")[-1]
        self.login = re.search(r"(mss-[0-9]{6})", mail).group(1)
        initial = re.search(r":[ \t]*(\S{16})\r?\n\r?\n", mail).group(1)
        for method, path in c.contract.bearer_calls:
            c.send(method, path, 401)
        self.login_with(self.login, "pas-le-bon-mot-de-passe", 401)
        first = self.login_with(self.login, initial).json()["token"]
        # Until the password is changed a token opens only these, then the secret question too
        # (the contract's Authentication section); any other call answers 403.
        allowed = {("POST", "/api/v1/auth/password"), ("GET", "/api/v1/auth/session"), ("POST", "/api/v1/auth/logout")}
        self.refused_calls(first, allowed)
        c.get("/api/v1/auth/session", token=first)
        c.post("/api/v1/auth/password", 400, body=b"[]", content_type="application/json", token=first)
        c.post("/api/v1/auth/password", 422, token=first,
               json_body={"current_password": initial, "new_password": "court", "new_password_confirmation": "long"})
        self.token = c.post("/api/v1/auth/password", 200, token=first, json_body={
            "current_password": initial, "new_password": NEW_PASSWORD,
            "new_password_confirmation": NEW_PASSWORD}).json()["token"]
        c.get("/api/v1/auth/session", 401, token=first)
        c.put("/api/v1/auth/secret-question", 422, token=self.token, json_body={"question": "?", "answer": "x"})
        c.put("/api/v1/auth/secret-question", 400, token=self.token, body=b"{", content_type="application/json")
        self.refused_calls(self.token, allowed | {("PUT", "/api/v1/auth/secret-question")})
        c.put("/api/v1/auth/secret-question", 204, token=self.token,
              json_body={"question": "Ville natale ?", "answer": SECRET_ANSWER})

    def refused_calls(self, token, allowed):
        for method, path in self.client.contract.bearer_calls:
            if (method, path) not in allowed:
                self.client.send(method, path, 403, token=token)

    def follow_up(self):
        c, token = self.client, self.token
        listed = c.get("/api/v1/enrollments", token=token)
        c.get("/api/v1/enrollments", 304, token=token, headers={"If-None-Match": listed.headers["ETag"]})
        c.get("/api/v1/enrollments?status=validated&page=1&per_page=1", token=token)
        c.get("/api/v1/enrollments?page=0", 400, token=token)
        detail = c.get(f"/api/v1/enrollments/{self.enrollment_id}", token=token)
        c.get(f"/api/v1/enrollments/{self.enrollment_id}", 304, token=token,
              headers={"If-None-Match": detail.headers["ETag"]})
        c.get(f"/api/v1/enrollments/{UNKNOWN_ID}", 404, token=token)
        for document in detail.json()["documents"]:
            c.get(document["url"], token=token)
        c.get(f"/api/v1/documents/{UNKNOWN_ID}", 404, token=token)
        # A body that is not JSON is refused before anything in it is read.
        for method, path, keyed in c.contract.json_body_calls:
            c.send(method, path, 415, body=b"login=x", content_type="application/x-www-form-urlencoded", token=token,
                   headers={"Idempotency-Key": str(uuid.uuid4())} if keyed else {})

    def advance_and_payment(self):
        c, token = self.client, self.token
        counts = {"applicative": 12, "organizational": 40, "personal": 850}
        request = {"enrollment_id": self.enrollment_id, "current": counts, "estimated": counts}
        key = {"Idempotency-Key": str(uuid.uuid4())}
        c.post("/api/v1/advance-requests", 400, json_body=request, token=token)
        c.post("/api/v1/advance-requests", 422, token=token, headers={"Idempotency-Key": str(uuid.uuid4())},
               json_body=dict(request, current=dict(counts, applicative=-1)))
        c.post("/api/v1/advance-requests", 422, token=token, headers={"Idempotency-Key": str(uuid.uuid4())},
               json_body=dict(request, enrollment_id=UNKNOWN_ID))
        advance = c.post("/api/v1/advance-requests", 201, json_body=request, token=token, headers=key).json()
        c.post("/api/v1/advance-requests", 201, json_body=request, token=token, headers=key)
        c.post("/api/v1/advance-requests", 409, json_body=request, token=token,
               headers={"Idempotency-Key": str(uuid.uuid4())})
        listed = c.get("/api/v1/advance-requests", token=token)
        c.get("/api/v1/advance-requests", 304, token=token, headers={"If-None-Match": listed.headers["ETag"]})
        c.get(f"/api/v1/advance-requests?enrollment_id={self.enrollment_id}", token=token)
        c.get("/api/v1/advance-requests?per_page=101", 400, token=token)
        one = c.get(f"/api/v1/advance-requests/{advance['id']}", token=token)
        c.get(f"/api/v1/advance-requests/{advance['id']}", 304, token=token,
              headers={"If-None-Match": one.headers["ETag"]})
        c.get(f"/api/v1/advance-requests/{UNKNOWN_ID}", 404, token=token)
        c.get(advance["documents"][0]["url"], token=token)

        payment = f"/api/v1/payments/{advance['payment_id']}"
        statuses = [c.get(payment, token=token).json()["status"]]
        c.post("/sandbox/clock", 422, json_body={"advance_seconds": -1})
        c.post("/sandbox/clock", 200, json_body={"advance_seconds": 61})
        statuses.append(c.get(payment, token=token).json()["status"])
        c.post("/sandbox/clock", 200, json_body={"advance_seconds": 120})
        paid = c.get(payment, token=token)
        statuses.append(paid.json()["status"])
        if statuses != ["decided", "payment-pending", "paid"]:
            raise JourneyError(f"payment statuses {statuses}")
        c.get(payment, 304, token=token, headers={"If-None-Match": paid.headers["ETag"]})
        c.get(f"/api/v1/payments/{UNKNOWN_ID}", 404, token=token)
        payments = c.get("/api/v1/payments", token=token)
        c.get("/api/v1/payments", 304, token=token, headers={"If-None-Match": payments.headers["ETag"]})
        c.get(f"/api/v1/payments?advance_request_id={advance['id']}", token=token)
        c.get("/api/v1/payments?page=x", 400, token=token)
        c.get("/api/v1/payments", 401)

        mails = c.get("/api/v1/mails?per_page=100", token=token).json()["items"]
        c.get(f"/api/v1/mails?advance_request_id={advance['id']}&enrollment_id={self.enrollment_id}", token=token)
        kinds = sorted(mail["kind"] for mail in mails)
        if kinds.count("payment_sent") != 1:
            raise JourneyError(f"mails of the account: {kinds}")
        for mail in mails:
            c.get(f"/api/v1/mails/{mail['id']}", token=token)
        c.get(f"/api/v1/mails/{UNKNOWN_ID}", 404, token=token)
        c.get("/api/v1/mails?page=0", 400, token=token)

    def recovery(self):
        c = self.client
        c.post("/api/v1/auth/forgot-login", 202, json_body={"email": self.email})
        c.post("/api/v1/auth/forgot-login", 400, body=b"{", content_type="application/json")
        c.post("/api/v1/auth/forgot-password", 400, body=b"[1]", content_type="application/json")
        reset = {"login": self.login, "code": "00000000", "secret_answer": SECRET_ANSWER,
                 "new_password": RESET_PASSWORD, "new_password_confirmation": RESET_PASSWORD}
        c.post("/api/v1/auth/reset-password", 422, json_body=reset)
        c.post("/api/v1/auth/reset-password", 400, body=b"{", content_type="application/json")
        c.post("/api/v1/auth/forgot-password", 202, json_body={"login": self.login})
        reset["code"] = re.search(r":[ \t]*([0-9]{8})\s", self.sandbox.mails("password_reset")[-1]).group(1)
        c.post("/api/v1/auth/reset-password", 204, json_body=reset)
        token = self.login_with(self.login, RESET_PASSWORD).json()["token"]
        listed = c.get("/api/v1/mails", token=token)
        c.get("/api/v1/mails", 304, token=token, headers={"If-None-Match": listed.headers["ETag"]})
        c.post("/api/v1/auth/logout", 204, token=token)
        c.post("/api/v1/auth/logout", 401, token=token)

    def refusals(self):
        c = self.client
        c.post("/api/v1/auth/login", 400, body=b"{", content_type="application/json")
        attempts = 0
        while self.login_with("mss-999999", "mauvais", None).status != 423:
            attempts += 1
            if attempts > 10:
                raise JourneyError("repeated wrong passwords never lock the login")
        c.get("/api/v1/nothing-here", 404)
        c.send("DELETE", "/api/v1/config", 405)
        c.get("/sandbox/clock", 405)
        # Far past the call's closing date (config-default.json: end of 2099).
        c.post("/sandbox/clock", 200, json_body={"advance_seconds": 100 * 365 * 86400})
        self.submit(403, key=str(uuid.uuid4()))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sandbox", required=True, help="path to segurdesk-sandbox")
    parser.add_argument("--spec", required=True, help="path to docs/portal-api.yaml")
    parser.add_argument("--verbose", action="store_true", help="print every exchange")
    arguments = parser.parse_args()
    contract = Contract(arguments.spec)
    with tempfile.TemporaryDirectory(prefix="segurdesk-contract-") as folder:
        try:
            sandbox = Sandbox(arguments.sandbox, folder)
        except JourneyError as error:
            print(f"MISMATCH {error}")
            return 1
        client = Client(sandbox.url, contract, arguments.verbose)
        failure = None
        try:
            Journey(client, sandbox).run()
        except JourneyError as error:
            failure = str(error)
        except (urllib.error.URLError, ConnectionError) as error:
            failure = f"no answer ({error}); the sandbox said: {sandbox.errors()}"
        finally:
            sandbox.stop()
    mismatches = list(dict.fromkeys(client.mismatches))
    if failure:
        mismatches.append("journey stopped: " + failure)
    else:
        missed = sorted(set(contract.operations) - set(client.exercised) - set(SKIPPED_OPERATIONS))
        mismatches += [f"{name} ({' '.join(contract.operations[name])}) was never exercised" for name in missed]
    print(f"{sum(len(s) for s in client.exercised.values())} (operation, status) pairs over "
          f"{len(client.exercised)} of {len(contract.operations)} operations")
    for mismatch in mismatches:
        print("MISMATCH " + mismatch)
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
