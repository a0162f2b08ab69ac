"""Compare two assessments of one organization (T0, then T1): what changed, whether the change
is larger than the respondents' spread, progress toward the T0 targets, and the initiatives
planned at T0 for the questions that moved or did not."""
