"""Discord scheduled events for the programme's sessions: what to publish, and publishing it."""
