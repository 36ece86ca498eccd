"""What Discord accepts, in one place: the renderers stay inside these limits and the offline
Discord refuses anything past them, so both read the same numbers.

From Discord's documentation of messages, embeds, interactions and components.
"""

from __future__ import annotations

from typing import Final

CONTENT: Final = 2000
EMBEDS: Final = 10
EMBED_TITLE: Final = 256
EMBED_DESCRIPTION: Final = 4096
EMBED_FIELDS: Final = 25
FIELD_NAME: Final = 256
FIELD_VALUE: Final = 1024
FOOTER: Final = 2048
AUTHOR_NAME: Final = 256
EMBED_TOTAL: Final = 6000
NONCE: Final = 25
CHOICES: Final = 25
CHOICE_TEXT: Final = 100
"""Autocomplete and option choices: at most 25, name and value at most 100 characters each."""
NONCE_WINDOW_SECONDS: Final = 300.0
"""How long Discord refuses a second message with the same enforced nonce ("checked for
uniqueness in the past few minutes") and returns the first one instead."""
ATTACHMENTS: Final = 10
ATTACHMENT_BYTES: Final = 10 * 1024 * 1024
"""Files on one message: at most 10, each at most 10 MiB (Discord's upload limit for a bot in
a server without boosts)."""
ATTACHMENT_DESCRIPTION: Final = 1024
"""An attachment's description, the alt text Discord gives screen readers."""
ACTION_ROWS: Final = 5
ROW_COMPONENTS: Final = 5
BUTTON_LABEL: Final = 80
CUSTOM_ID: Final = 100
"""Components on one message: at most 5 action rows of at most 5 buttons; a label at most 80
characters, a custom_id at most 100 and unique within the message."""
SCHEDULED_EVENTS: Final = 100
EVENT_NAME: Final = 100
EVENT_DESCRIPTION: Final = 1000
EVENT_LOCATION: Final = 100
"""Scheduled events: at most 100 per server; a name and a location at most 100 characters, a
description at most 1000."""
OPTION_NUMBER: Final = 2**53
"""Integer and number options: Discord accepts values from -2**53 to 2**53."""
COMMAND_NAME: Final = 32
COMMAND_DESCRIPTION: Final = 100
"""A command, group or option: a name of 1 to 32 characters, a description of 1 to 100, the
same bounds in every language it is localised to."""
