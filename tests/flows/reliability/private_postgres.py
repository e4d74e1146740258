"""A private PostgreSQL cluster for one test module: its own folder and port, stopped at will."""

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tests.flows.conftest import free_port

USER, DATABASE = "markerflow", "markerflow"


def postgres_bin() -> Path | None:
    """$PG_BIN, else the newest /usr/lib/postgresql/<version>/bin (as scripts/with-postgres)."""
    given = os.environ.get("PG_BIN")
    found = [Path(given)] if given else list(Path("/usr/lib/postgresql").glob("*/bin"))
    usable = [b for b in found if (b / "initdb").is_file() and (b / "pg_ctl").is_file()]
    return max(
        usable, key=lambda b: int(b.parent.name) if b.parent.name.isdigit() else 0, default=None
    )


@dataclass
class PrivatePostgres:
    """A cluster in a short folder under /tmp (data, log and the Unix socket, whose path is
    limited to 107 bytes), listening on 127.0.0.1:`port` with trust authentication."""

    bin: Path
    folder: Path
    port: int

    @classmethod
    def create(cls, pg_bin: Path) -> "PrivatePostgres":
        """initdb, start, and create the database. As root the cluster runs as `postgres`
        (initdb refuses root), which cannot enter pytest's private temporary folders."""
        cluster = cls(pg_bin, Path(tempfile.mkdtemp(prefix="mf-pg-", dir="/tmp")), free_port())
        try:
            if os.getuid() == 0:
                shutil.chown(cluster.folder, "postgres", "postgres")
            cluster.run("initdb", "-D", str(cluster.data), "-U", USER, "--auth=trust", "-E", "UTF8")
            cluster.start()
            cluster.run(
                "createdb", "-h", "127.0.0.1", "-p", str(cluster.port), "-U", USER, DATABASE
            )
        except BaseException:
            cluster.destroy()
            raise
        return cluster

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def url(self) -> str:
        """The review database's URL (MARKERFLOW_DATABASE_URL)."""
        return f"postgresql+psycopg://{USER}@127.0.0.1:{self.port}/{DATABASE}"

    def run(self, tool: str, *args: str, check: bool = True) -> None:
        as_postgres = ["runuser", "-u", "postgres", "--"] if os.getuid() == 0 else []
        subprocess.run(
            [*as_postgres, str(self.bin / tool), *args], check=check, capture_output=True
        )

    def start(self) -> None:
        options = f"-h 127.0.0.1 -p {self.port} -k {self.folder} -F"
        log = str(self.folder / "log")
        self.run("pg_ctl", "-D", str(self.data), "-l", log, "-w", "-o", options, "start")

    def stop(self) -> None:
        """As a crash would: `-m immediate`, every backend ends at once without a checkpoint."""
        self.run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def destroy(self) -> None:
        """Stop it if it runs and remove its folder."""
        self.run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop", check=False)
        shutil.rmtree(self.folder, ignore_errors=True)
