"""The folder boundaries of DESIGN.md: schemas and extractors stay free of servers."""

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

ALLOWED = {
    "schemas": set(),
    "extractors": {"schemas"},
    "review": {"schemas"},
    "flows": {"schemas", "extractors", "review"},
}
OURS = set(ALLOWED)
FORBIDDEN_THIRD_PARTY = {
    "schemas": {"prefect", "boto3", "fastapi", "sqlalchemy", "spacy"},
    "extractors": {"prefect", "boto3", "fastapi", "sqlalchemy", "starlette", "uvicorn"},
}


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_package_imports_only_what_its_boundary_allows(package: str) -> None:
    for path in sorted((REPO / package).rglob("*.py")):
        roots = imported_roots(path)
        ours = (roots & OURS) - {package}
        assert ours <= ALLOWED[package], f"{path.relative_to(REPO)} imports {ours}"
        banned = roots & FORBIDDEN_THIRD_PARTY.get(package, set())
        assert not banned, f"{path.relative_to(REPO)} imports {banned}"
