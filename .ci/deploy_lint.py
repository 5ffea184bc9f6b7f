#!/usr/bin/env python3
"""Consistency checks across deploy/ that no single tool makes (run by .ci/deploy-checks).

- the Kafka topics created by deploy/kafka/create-topics.sh and the dev Kubernetes Job are
  exactly the topics of org.oubli.contracts.Topics;
- every Grafana dashboard is valid JSON with a unique uid, uses the provisioned datasource,
  and each panel query is valid PromQL (written to a rule file for `promtool check rules`);
- every metric a dashboard or an alert rule reads is listed in deploy/METRICS.md;
- the dashboards the alert annotations link to exist;
- every Oubli image in docker-compose.yml has a healthcheck and a Prometheus scrape job, and
  the Kubernetes base has a Deployment for every Oubli service.

Usage: deploy_lint.py <repo root> <promql rule file to write>
"""
import json
import pathlib
import re
import sys

import yaml

root = pathlib.Path(sys.argv[1])
promql_out = pathlib.Path(sys.argv[2])
problems = []


def problem(text):
    problems.append(text)


# ------------------------------------------------------------------ topics
topics_java = (root / "contracts/src/main/java/org/oubli/contracts/Topics.java").read_text()
declared = set(re.findall(r'public static final String \w+ = "(oubli\.[a-z.]+)";', topics_java))
if not declared:
    problem("Topics.java: no topic constants found")
for path in ["deploy/kafka/create-topics.sh", "deploy/k8s/overlays/dev/kafka.yaml"]:
    text = (root / path).read_text()
    created = set(re.findall(r"\b(oubli\.[a-z]+(?:\.[a-z]+)+)\b", text)) - {"oubli.kafka.create"}
    created = {t for t in created if not t.endswith(".DLT")}
    for missing in sorted(declared - created):
        problem(f"{path}: topic {missing} (contracts Topics) is not created")
    for extra in sorted(created - declared):
        problem(f"{path}: creates {extra}, which contracts Topics does not declare")

# ------------------------------------------------------------------ dashboards
metrics_md = (root / "deploy/METRICS.md").read_text()
dashboards = sorted((root / "deploy/grafana/dashboards").glob("*.json"))
uids = {}
queries = []
for path in dashboards:
    try:
        dash = json.loads(path.read_text())
    except json.JSONDecodeError as e:
        problem(f"{path.name}: not JSON ({e})")
        continue
    uid = dash.get("uid")
    if not uid or uid in uids:
        problem(f"{path.name}: missing or duplicate uid {uid!r}")
    uids[uid] = dash.get("title", "")
    for panel in dash.get("panels", []):
        ds = panel.get("datasource")
        if ds is not None and ds.get("uid") != "prometheus":
            problem(f"{path.name}: panel {panel.get('title')!r} uses datasource {ds}, not the provisioned 'prometheus'")
        for target in panel.get("targets", []):
            expr = target.get("expr", "")
            if expr:
                queries.append((f"{path.name}: {panel.get('title')}", expr))
if len(dashboards) < 4:
    problem(f"deploy/grafana/dashboards: {len(dashboards)} dashboards, expected at least 4")


def as_promql(expr):
    # Grafana variables become a match-all value so promtool can parse the query
    expr = re.sub(r"\$__(rate_)?interval", "5m", expr)
    return re.sub(r"\$\{?\w+\}?", ".*", expr)


rules = {"groups": [{"name": "dashboard-queries", "rules": [
    {"record": f"dashboard:query:{i}", "expr": as_promql(expr)} for i, (_, expr) in enumerate(queries)]}]}
promql_out.write_text(yaml.safe_dump(rules, sort_keys=False))

# ------------------------------------------------------------------ metrics contract
rule_files = sorted((root / "deploy/prometheus/rules").glob("*.yml"))
alert_exprs = []
for path in rule_files:
    for group in yaml.safe_load(path.read_text())["groups"]:
        for rule in group["rules"]:
            alert_exprs.append((f"{path.name}: {rule.get('alert') or rule.get('record')}", rule["expr"]))
            dash_link = rule.get("annotations", {}).get("dashboard")
            if dash_link:
                m = re.match(r"/d/([\w-]+)/", dash_link)
                if not m or m.group(1) not in uids:
                    problem(f"{path.name}: {rule.get('alert')} links to {dash_link}, no such dashboard uid")

METRIC = re.compile(r"\b((?:oubli|kafka|spring_kafka|resilience4j|http_server|mongodb_driver|jvm|process)_[a-z0-9_]+|up)\b(?=\s*[{\[)]|\s+(?:offset|unless|or|and|>|<|==|-|\+|\*|/))")
SUFFIX = re.compile(r"_(count|sum|bucket|max)$")
seen_metrics = set()
for where, expr in queries + alert_exprs:
    # drop label matchers and strings, keep metric names
    bare = re.sub(r'"(?:[^"\\]|\\.)*"', '""', expr)
    for name in set(METRIC.findall(bare)):
        if name in ("up",):
            continue
        base = SUFFIX.sub("", name)
        seen_metrics.add(base)
        if name not in metrics_md and base not in metrics_md:
            problem(f"{where}: metric {name} is not in deploy/METRICS.md")

# ------------------------------------------------------------------ compose, Prometheus, Kubernetes
compose = yaml.safe_load((root / "docker-compose.yml").read_text())
prometheus = yaml.safe_load((root / "deploy/prometheus/prometheus.yml").read_text())
jobs = {job["job_name"]: job for job in prometheus["scrape_configs"]}
k8s_base = {p.stem for p in (root / "deploy/k8s/base").glob("*.yaml") if p.stem != "kustomization"}
oubli_services = []
for name, service in compose["services"].items():
    image = service.get("image", "")
    if "request-intake" in image or re.search(r"\}(request-intake|identity-verification|erasure-worker|export-worker|notification-service|demo-[a-z]+):", image):
        oubli_services.append(name)
        if "healthcheck" not in service:
            problem(f"docker-compose.yml: {name} has no healthcheck")
        health = json.dumps(service.get("healthcheck", {}))
        port = re.search(r":(\d{4}):", json.dumps(service.get("ports", [])))
        if port and f"/{port.group(1)} " not in health.replace("&&", " "):
            problem(f"docker-compose.yml: {name} healthcheck does not probe its port {port.group(1)}")
        if name not in jobs:
            problem(f"deploy/prometheus/prometheus.yml: no scrape job for {name}")
        elif jobs[name].get("metrics_path") != "/actuator/prometheus":
            problem(f"deploy/prometheus/prometheus.yml: job {name} does not scrape /actuator/prometheus")
        if not name.startswith("demo-") and name not in k8s_base:
            problem(f"deploy/k8s/base: no manifest for {name}")
if len(oubli_services) < 8:
    problem(f"docker-compose.yml: {len(oubli_services)} Oubli services found, expected the 5 services and 3 demo systems")

if problems:
    for p in problems:
        print(f"  PROBLEM {p}")
    print(f"deploy lint: {len(problems)} problem(s)")
    sys.exit(1)
print(f"deploy lint: topics match contracts ({len(declared)}), {len(dashboards)} dashboards / {len(queries)} queries, "
      f"{len(alert_exprs)} rules reading {len(seen_metrics)} metrics (all in METRICS.md), {len(oubli_services)} compose services: consistent")
