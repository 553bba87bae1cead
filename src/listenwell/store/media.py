"""Queries for media files kept (content-addressed) in the workspace's media/ folder."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from listenwell.domain import Media
from listenwell.store.tables import MediaRow


def to_media(row: MediaRow) -> Media:
    return Media(sha256=row.sha256, path=row.path, original_name=row.original_name,
                 kind=row.kind, duration=row.duration, id=row.id)


def get_or_add_media(session: Session, media: Media) -> MediaRow:
    row = session.scalar(select(MediaRow).where(MediaRow.sha256 == media.sha256))
    if row is None:
        row = MediaRow(sha256=media.sha256, path=media.path, original_name=media.original_name,
                       kind=media.kind, duration=media.duration)
        session.add(row)
        session.flush()
    return row
