"""The participant page of `assess serve`: server-rendered pages for phones, on aiohttp.

``guard`` decides who may ask (the host and origin, the join-code limiter), ``views`` turns the
questionnaire and one person's answers into what a page shows, ``server`` wires both to aiohttp
routes and the workspace. Nothing here is fetched from outside: templates, CSS and the one
optional script ship in this package.
"""
