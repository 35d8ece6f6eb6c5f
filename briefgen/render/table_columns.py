"""Which columns of a table both renderers print: none that is empty in every body row."""

from __future__ import annotations

from briefgen.model import Table


def printed_columns(table: Table) -> Table:
    """Return the table without the columns whose body cells are all blank (as is, without rows)."""
    cols = max([len(table.header), *(len(r) for r in table.rows), 1])
    rows = [[*r, *[""] * (cols - len(r))] for r in table.rows]
    keep = [i for i in range(cols) if not rows or any(r[i].strip() for r in rows)]
    if not keep or len(keep) == cols:
        return table
    header = [table.header[i] for i in keep if i < len(table.header)] if table.header else []
    return Table(table.caption, header, [[r[i] for i in keep] for r in rows])
