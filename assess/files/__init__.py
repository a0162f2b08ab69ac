"""Files as the operating system has them: inputs read within bounds, outputs written whole."""
