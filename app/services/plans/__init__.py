"""Emergency plans and the knowledge base: plans, articles, search, plan documents, incident reports."""
