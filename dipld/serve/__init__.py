"""``dipld serve``: the SPARQL 1.1 endpoint, downloads and writes over HTTP.

:func:`dipld.serve.app.create_app` builds the ASGI app; :mod:`.context` holds the state its
routes share; :mod:`.pool` and :mod:`.worker` run queries in killable processes.
"""
