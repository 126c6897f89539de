"""Every case of the hostile corpus (hostile_cases.py) against the contract of issue 10: the exit
code and one-line error, nothing changed outside the declared outputs (canary folder, previous
package and previous targets byte-identical), no canary file opened, no SQL run (the canary
`victim` tables survive, no file from COPY appears), nothing fetched, TMPDIR left empty, and no
secret of the canary folder in any output."""

from __future__ import annotations

import pytest
from hostile_cases import CASES, CATEGORIES, REFUSAL_WORDS, Api, Case, Cli, Process
from hostile_world import SECRETS, World, contract_problems, run_api, run_cli, run_process, victims_alive


def _param(case: Case) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=f"defect: {case.defect}")] if case.defect else []
    return pytest.param(case, id=case.id, marks=marks)


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 60, CATEGORIES
    assert len({c.id for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_hostile_case(case: Case, world: World, request: pytest.FixtureRequest) -> None:
    if case.needs_pg:
        server = request.getfixturevalue("pg_server")
        if isinstance(server, str):
            pytest.skip(server)
        world.pg = server
    run = case.setup(world)
    world.freeze()
    if isinstance(run, Cli):
        with pytest.MonkeyPatch.context() as patch:
            for owner, attribute, value in run.patches:
                patch.setattr(owner, attribute, value)
            outcome = run_cli(world, run.args, run.env)
    elif isinstance(run, Process):
        outcome = run_process(world, run.argv, run.env, run.timeout)
    else:
        assert isinstance(run, Api)
        outcome = run_api(world, run.call)

    expected = case.exits[0] if outcome.exit_code not in case.exits else outcome.exit_code
    problems = contract_problems(outcome, expected)
    problems += [f"changed outside the case's outputs: {path}" for path in world.unexpected_changes()]
    problems += victims_alive(world)
    if world.opened_outside and not case.reads_outside:
        problems.append(f"opened files outside the package: {world.opened_outside}")
    leftovers = world.leftovers_in_scratch()
    if leftovers:
        problems.append(f"left in TMPDIR: {leftovers}")
    if case.requests is None and world.requests == 0:
        problems.append("--allow-remote should have fetched the remote resource")
    if case.requests is not None and world.requests != case.requests:
        problems.append(f"{world.requests} requests reached the HTTP server: {world.http.paths[-5:]}")
    for path in world.changed_outputs():
        data = path.read_bytes()
        for secret in SECRETS:
            if secret.encode() in data:
                problems.append(f"{path.relative_to(world.root)} holds {secret!r} from a file outside the package")
    if case.max_seconds is not None and outcome.seconds > case.max_seconds:
        problems.append(f"took {outcome.seconds:.1f} s (limit {case.max_seconds} s)")
    if case.max_rss_mb is not None and outcome.max_rss_mb is not None and outcome.max_rss_mb > case.max_rss_mb:
        problems.append(f"peak RSS {outcome.max_rss_mb:.0f} MB (limit {case.max_rss_mb} MB)")
    word = REFUSAL_WORDS.get(case.category)
    if word and outcome.exit_code == 2 and word not in outcome.stderr:
        problems.append(f"refused, but not because of the reference ({word!r} not in stderr)")
    for check in world.checks:
        try:
            check(outcome)
        except AssertionError as error:
            problems.append(f"{check.__name__}: {error}")
    context = f"exit {outcome.exit_code}; stderr: {outcome.stderr.strip()[-500:]!r}"
    assert not problems, "\n".join([*problems, context])
