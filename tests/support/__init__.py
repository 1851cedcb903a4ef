"""What the tests share: road maps to break, checks, inventories and measures.

Test modules import from here (``from support.rules import clean``) and never from
one another. pytest puts ``tests/`` on the import path (the folder has a
``conftest.py`` and no ``__init__.py``), so ``support`` is found as a package.

* `support.rules`: a road map no rule flags, helpers that break it one thing at a
  time, and a custom rule of a city's own.
* `support.html`: the check of the HTML that objects show in notebooks.
* `support.inventory`: every public module, name, class and error, and one object
  of each public class.
* `support.snippets`: the runner of the code users copy (the python blocks of a
  Markdown page, a docstring's example, a notebook's cells), checking what it
  prints.
* `support.documents`: the walk over a road map document, schema in hand, that
  the tests of malformed documents mutate.
* `support.hostile`: texts a hostile user uploads (lone surrogates, odd spaces,
  control characters) and the shapes of text that made rules super-linear before.
* `support.scaling`: how work grows with the size of an input, counted rather
  than timed, for the tests of linear time.
"""
