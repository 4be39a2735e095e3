"""Licences as H5P names them and as a bank names them (SPDX), in one table both ways.

H5P's metadata (``h5p.json``) has a licence code of its own (``"CC BY-SA"``) and a version
(``"4.0"``); a bank's ``bank.toml`` holds an SPDX identifier (``CC-BY-SA-4.0``). Exports write the
H5P form of a bank's licence where H5P has one, imports read it back as SPDX.
"""

from __future__ import annotations

import re

# SPDX prefix -> H5P's code; the version follows the prefix in SPDX and goes to licenseVersion.
_CREATIVE_COMMONS = {
    "CC-BY-": "CC BY",
    "CC-BY-SA-": "CC BY-SA",
    "CC-BY-ND-": "CC BY-ND",
    "CC-BY-NC-": "CC BY-NC",
    "CC-BY-NC-SA-": "CC BY-NC-SA",
    "CC-BY-NC-ND-": "CC BY-NC-ND",
}
_CC_VERSIONS = frozenset({"1.0", "2.0", "2.5", "3.0", "4.0"})
# Licences H5P names without a version.
_PLAIN = {"CC0-1.0": "CC0 1.0", "PDDL-1.0": "ODC PDDL", "GPL-3.0-only": "GNU GPL",
          "GPL-3.0-or-later": "GNU GPL"}  # fmt: skip


def h5p_licence(spdx: str) -> tuple[str, str] | None:
    """H5P's licence code and version for an SPDX identifier, or None when H5P has no code.

    >>> h5p_licence("CC-BY-4.0")
    ('CC BY', '4.0')
    """
    spdx = spdx.strip()
    if spdx in _PLAIN:
        return _PLAIN[spdx], ""
    # The longest prefix first: CC-BY-NC-SA- before CC-BY-.
    for prefix in sorted(_CREATIVE_COMMONS, key=len, reverse=True):
        version = spdx[len(prefix) :]
        if spdx.startswith(prefix) and version in _CC_VERSIONS:
            return _CREATIVE_COMMONS[prefix], version
    return None


def spdx_licence(code: str, version: str = "") -> str:
    """The SPDX identifier of an H5P licence code and version, or the code itself when SPDX has
    none (an H5P "C", copyright, stays as H5P wrote it); "" for H5P's "U", undisclosed.

    >>> spdx_licence("CC BY-SA", "4.0")
    'CC-BY-SA-4.0'
    """
    code, version = code.strip(), version.strip()
    if code in {"", "U"}:
        return ""
    for prefix, name in _CREATIVE_COMMONS.items():
        if code == name and version in _CC_VERSIONS:
            return prefix + version
    reverse = {name: spdx for spdx, name in _PLAIN.items() if not spdx.endswith("-only")}
    if code == "GNU GPL":
        return "GPL-3.0-or-later" if re.fullmatch(r"v?3(\.0)?|", version) else code
    return reverse.get(code, code if not version else f"{code} {version}")
