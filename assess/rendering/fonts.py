"""Can this machine render a Chinese PDF well? A CJK font, and HarfBuzz subsetting for speed."""

from __future__ import annotations

import ctypes.util
import shutil
import subprocess
from dataclasses import dataclass

INSTALL_FIX = "apt-get install fonts-noto-cjk libharfbuzz-subset0"


@dataclass(frozen=True)
class FontSupport:
    cjk_font: bool
    harfbuzz_subset: bool

    def problems(self) -> list[str]:
        found = []
        if not self.cjk_font:
            found.append("no Chinese (CJK) font is installed, so Chinese text cannot be rendered")
        if not self.harfbuzz_subset:
            found.append(
                "libharfbuzz-subset is missing: fonts are subset with fontTools, which makes "
                "rendering about 30× slower"
            )
        return found


def font_support() -> FontSupport:
    return FontSupport(cjk_font=has_cjk_font(), harfbuzz_subset=has_harfbuzz_subset())


def has_cjk_font() -> bool:
    """True when fontconfig knows a font that covers Chinese."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return False
    result = subprocess.run(
        [fc_list, ":lang=zh", "family"], capture_output=True, text=True, check=False, timeout=30
    )
    return result.returncode == 0 and bool(result.stdout.strip())


def has_harfbuzz_subset() -> bool:
    return ctypes.util.find_library("harfbuzz-subset") is not None
