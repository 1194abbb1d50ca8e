"""arms_actors: actors (countries, people, organisations, armed groups, media) with canonical names and mentions."""

from .component import ActorResolver

__all__ = ["ActorResolver"]
