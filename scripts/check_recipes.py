#!/usr/bin/env python3
"""Checks the copy-paste recipes of README.md, run by scripts/ci_checks.sh (needs PyYAML).

- Every file under examples/ci and examples/clients appears in README.md as a fenced block, byte for byte:
  CI runs those files, so what a user copies is what was tested.
- The GitHub Actions and GitLab CI recipes and every other YAML block of the README parse, and have the
  keys their CI needs (a YAML parser is all we have: no GitHub or GitLab here).
- Docker/docker-compose.yml wires the merchant to the sandbox by service name and waits for its health check.

Prints one line per problem and exits 1 when there is any.
"""

import pathlib
import re
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
FENCE = re.compile(r"^```([A-Za-z0-9]*)\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def readme_blocks():
    return [(lang, text) for lang, text in FENCE.findall((ROOT / "README.md").read_text(encoding="utf-8"))]


def check_github_actions(doc, name):
    problems = []
    # PyYAML reads YAML 1.1, where a bare `on` key is the boolean true; GitHub reads it as "on".
    if "on" not in doc and True not in doc:
        problems.append(f"{name}: no 'on' trigger")
    for job_name, job in (doc.get("jobs") or {}).items():
        if "runs-on" not in job or not isinstance(job.get("steps"), list):
            problems.append(f"{name}: job {job_name} needs runs-on and a list of steps")
            continue
        problems += [f"{name}: job {job_name}: a step without uses or run"
                     for step in job["steps"] if "uses" not in step and "run" not in step]
    if not doc.get("jobs"):
        problems.append(f"{name}: no jobs")
    return problems


def check_gitlab(doc, name):
    jobs = {key: value for key, value in doc.items() if isinstance(value, dict) and not key.startswith(".")}
    problems = [f"{name}: job {key} has no script list" for key, job in jobs.items()
                if not isinstance(job.get("script"), list)]
    return problems or ([] if jobs else [f"{name}: no jobs"])


def check_compose(path):
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    services = doc.get("services") or {}
    problems = []
    sandbox, merchant = services.get("sandbox"), services.get("merchant")
    if not sandbox or not merchant:
        return [f"{path.name}: needs the services sandbox and merchant"]
    if "tap-sandbox" not in " ".join(map(str, sandbox.get("healthcheck", {}).get("test", []))):
        problems.append(f"{path.name}: the sandbox's healthcheck should run tap-sandbox health")
    if (merchant.get("depends_on") or {}).get("sandbox", {}).get("condition") != "service_healthy":
        problems.append(f"{path.name}: the merchant should wait for the sandbox to be healthy")
    environment = merchant.get("environment") or {}
    if not str(environment.get("MERCHANT_WEBHOOK_URL", "")).startswith("http://merchant:"):
        problems.append(f"{path.name}: post.url should reach the merchant by its service name")
    if not str(environment.get("TAP_BASE_URL", "")).startswith("http://sandbox:"):
        problems.append(f"{path.name}: the merchant should reach the sandbox by its service name")
    return problems


def main():
    problems = []
    blocks = readme_blocks()
    texts = {text for _, text in blocks}
    recipes = sorted((ROOT / "examples" / "ci").iterdir()) + sorted((ROOT / "examples" / "clients").iterdir())
    for path in recipes:
        if path.read_text(encoding="utf-8") not in texts:
            problems.append(f"README.md has no block equal to {path.relative_to(ROOT)}: copy the file into it")
    for path in sorted((ROOT / "examples" / "ci").glob("*.yml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        check = check_github_actions if path.name.startswith("github") else check_gitlab
        problems += check(doc, str(path.relative_to(ROOT)))
    for index, (lang, text) in enumerate(blocks):
        if lang in ("yaml", "yml"):
            try:
                yaml.safe_load(text)
            except yaml.YAMLError as error:
                problems.append(f"README.md YAML block {index}: {error}")
    problems += check_compose(ROOT / "Docker" / "docker-compose.yml")
    for problem in problems:
        print(problem, file=sys.stderr)
    checked = len(recipes)
    print(f"recipes: {checked} example files found in README.md, YAML parsed" if not problems
          else f"recipes: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
