"""What can be checked here of deploy/ without Docker or a cluster: the YAML parses and
says what the README says, the manifests use commands, settings and endpoints the code
has, and the Dockerfile installs exactly what the README documents."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.cli import parser
from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
KUBERNETES = DEPLOY / "kubernetes"
README = (ROOT / "README.md").read_text(encoding="utf-8")
SETTINGS = {name.upper() for name in Settings.model_fields}


def _load_all(path: Path) -> list[dict[str, Any]]:
    documents = [d for d in yaml.safe_load_all(path.read_text(encoding="utf-8")) if d]
    assert documents, path
    return documents


def _manifests() -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for path in sorted(KUBERNETES.glob("*.yaml")):
        for document in _load_all(path):
            found[document["kind"]] = document
    return found


def _subcommands() -> set[str]:
    root = parser()
    [commands] = [a for a in root._actions if a.__class__.__name__ == "_SubParsersAction"]
    assert commands.choices is not None
    return set(commands.choices)


@pytest.mark.parametrize(
    "path",
    sorted([DEPLOY / "compose.yaml", *KUBERNETES.glob("*.yaml")]),
    ids=lambda p: str(p.relative_to(DEPLOY)),
)
def test_the_yaml_parses(path: Path) -> None:
    for document in _load_all(path):
        assert isinstance(document, dict)


def test_compose_runs_postgres_then_migrate_then_the_webhook() -> None:
    [compose] = _load_all(DEPLOY / "compose.yaml")
    services = compose["services"]
    assert set(services) == {"postgres", "migrate", "bot"}

    postgres = services["postgres"]
    assert postgres["image"].startswith("postgres:")
    assert "pg_isready" in " ".join(postgres["healthcheck"]["test"])
    volume = postgres["volumes"][0].split(":")[0]
    assert volume in compose["volumes"]

    migrate = services["migrate"]
    assert migrate["command"] == ["strategibot", "migrate"]
    assert migrate["build"]["dockerfile"] == "deploy/Dockerfile"
    assert migrate["depends_on"]["postgres"]["condition"] == "service_healthy"

    bot = services["bot"]
    assert bot["command"][:2] == ["strategibot", "webhook"]
    assert bot["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    assert "/readyz" in " ".join(bot["healthcheck"]["test"])
    environment = bot["environment"]
    assert set(environment) <= SETTINGS
    assert {"DATABASE_URL", "TELEGRAM_BOT_TOKEN", "WEBHOOK_URL", "WEBHOOK_SECRET"} <= set(
        environment
    )
    assert environment["DATABASE_URL"].startswith("postgresql://")
    assert bot["ports"] == [f"127.0.0.1:8080:{environment['WEBHOOK_PORT']}"]
    for service in services.values():
        if "command" in service:
            assert service["command"][1] in _subcommands()


def test_the_env_example_names_what_compose_needs() -> None:
    compose = (DEPLOY / "compose.yaml").read_text(encoding="utf-8")
    needed = set(re.findall(r"\$\{(\w+):\?", compose))
    example = (DEPLOY / "strategibot.env.example").read_text(encoding="utf-8")
    given = {line.split("=", 1)[0] for line in example.splitlines() if "=" in line}
    given = {name for name in given if not name.startswith("#")}
    assert needed == given


def test_kubernetes_replicas_probes_and_secrets() -> None:
    manifests = _manifests()
    assert set(manifests) == {
        "Kustomization",
        "ConfigMap",
        "Job",
        "Deployment",
        "Service",
        "Ingress",
    }
    kustomization = manifests["Kustomization"]
    assert sorted(kustomization["resources"]) == sorted(
        p.name for p in KUBERNETES.glob("*.yaml") if p.name != "kustomization.yaml"
    )

    config = manifests["ConfigMap"]["data"]
    assert set(config) <= SETTINGS
    deployment = manifests["Deployment"]
    assert deployment["spec"]["replicas"] >= 2
    pod = deployment["spec"]["template"]["spec"]
    assert pod["securityContext"]["runAsNonRoot"] is True
    [container] = pod["containers"]
    assert container["command"][:2] == ["strategibot", "webhook"]
    assert container["command"][1] in _subcommands()
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    [port] = container["ports"]
    assert str(port["containerPort"]) == config["WEBHOOK_PORT"]
    assert pod["terminationGracePeriodSeconds"] > 25  # the server's own grace period

    secrets = {
        item["name"]: item["valueFrom"]["secretKeyRef"]
        for item in container["env"]
        if "secretKeyRef" in item.get("valueFrom", {})
    }
    assert set(secrets) == {"TELEGRAM_BOT_TOKEN", "WEBHOOK_SECRET", "DATABASE_URL"}
    assert {ref["name"] for ref in secrets.values()} == {"strategibot"}
    # The keys the kustomization's `kubectl create secret` command makes.
    for ref in secrets.values():
        assert f"--from-literal={ref['key']}=" in (KUBERNETES / "kustomization.yaml").read_text()

    job = manifests["Job"]["spec"]["template"]["spec"]
    assert job["containers"][0]["command"] == ["strategibot", "migrate"]
    service = manifests["Service"]["spec"]
    assert (
        service["selector"].items() <= deployment["spec"]["template"]["metadata"]["labels"].items()
    )
    ingress_path = manifests["Ingress"]["spec"]["rules"][0]["http"]["paths"][0]["path"]
    assert config["WEBHOOK_URL"].endswith(ingress_path)


@pytest.mark.skipif(shutil.which("kubectl") is None, reason="kubectl is not installed")
def test_kustomize_renders_the_manifests() -> None:
    rendered = subprocess.run(
        ["kubectl", "kustomize", str(KUBERNETES)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    kinds = [d["kind"] for d in yaml.safe_load_all(rendered) if d]
    assert sorted(kinds) == ["ConfigMap", "Deployment", "Ingress", "Job", "Service"]
    assert "registry.example.com/strategibot:0.1.0" in rendered


def _dockerfile() -> list[tuple[str, str]]:
    """(instruction, arguments), with continuation lines joined and comments dropped."""
    text = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    text = re.sub(r"\\\n", " ", text)
    steps = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            instruction, _, arguments = line.partition(" ")
            steps.append((instruction.upper(), " ".join(arguments.split())))
    return steps


def test_the_dockerfile_installs_what_the_readme_documents() -> None:
    steps = _dockerfile()
    installs = [args for kind, args in steps if kind == "RUN" and "pip install" in args]
    assert installs == ["pip install --no-cache-dir ."]
    # The README's Docker paragraph names this very command, and it has no extras.
    for command in installs:
        assert f"`{command}`" in README
        assert "[" not in command
    # The README's Set up installs the same package the same way (no extras) too.
    assert "pip install ." in README


def test_the_dockerfile_is_slim_non_root_and_healthchecked() -> None:
    steps = _dockerfile()
    [base] = [args for kind, args in steps if kind == "FROM"]
    assert re.fullmatch(r"python:3\.1\d-slim", base)
    assert f"`{base}`" in README
    [user] = [args for kind, args in steps if kind == "USER"]
    assert user not in ("root", "0")
    [healthcheck] = [args for kind, args in steps if kind == "HEALTHCHECK"]
    assert "healthcheck.py" in healthcheck
    [command] = [args for kind, args in steps if kind == "CMD"]
    assert shlex.split(command.strip("[]").replace(",", " "))[1] in _subcommands()


def test_the_image_gets_every_package_and_nothing_from_the_tests() -> None:
    copied = {args.split()[0] for kind, args in _dockerfile() if kind == "COPY"}
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    top_level = {name.split(".")[0] for name in project["tool"]["setuptools"]["packages"]}
    assert top_level <= copied
    assert not any(source.startswith("tests") for source in copied)
    for source in copied:
        assert (ROOT / source).exists(), source
