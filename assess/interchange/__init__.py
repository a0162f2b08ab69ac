"""Answers in and out: CSV exports of online survey tools."""
