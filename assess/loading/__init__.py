"""Reading questionnaires, roadmap knowledge bases and response files, with precise errors."""
