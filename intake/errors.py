"""The exception tree.

    IntakeError                 anything this package raises on purpose
    ├── ConfigError             the config file is wrong (carries every problem found)
    ├── ParseError              a message cannot be parsed (the message is quarantined)
    ├── RulesError              a rule file is wrong (the file and rule are named)
    ├── SourceError             the mailbox cannot be reached or read
    └── TransportError          an outgoing message could not be handed over
        ├── TemporaryFailure    try again later (4xx, network)
        └── PermanentFailure    do not try again (5xx)

The CLI turns an IntakeError into one sentence on stderr and a non-zero exit; anything else
is a bug and keeps its traceback in the log.
"""


class IntakeError(Exception):
    """Base of every error this package raises on purpose."""


class ConfigError(IntakeError):
    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


class ParseError(IntakeError):
    pass


class RulesError(IntakeError):
    pass


class SourceError(IntakeError):
    pass


class TransportError(IntakeError):
    pass


class TemporaryFailure(TransportError):
    pass


class PermanentFailure(TransportError):
    pass
