"""gcm-intake: turns the e-mail a review secretariat receives into tracked submissions."""

__version__ = "0.1.0"
