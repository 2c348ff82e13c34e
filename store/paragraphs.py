"""The kinds of paragraph an article is stored as, shared by the readers, the store and the UI.

A paragraph is "body" text or a photo "caption". The headline is stored as a paragraph of
its own, before the first (index -1), when it restates events of the lead
(`extract.headline`): those events have a sentence to cite, and the body keeps its numbers.
"""

HEADLINE = "headline"
HEADLINE_INDEX = -1
