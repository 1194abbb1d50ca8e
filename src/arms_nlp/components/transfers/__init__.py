"""arms_transfers: transfer events (supplier, recipient, weapon, quantity, status, source) from the records of the other components."""

from .claims import Claim, fill_parties, merge_claims, to_record
from .component import TransferExtractor, extract_transfers

__all__ = ["Claim", "TransferExtractor", "extract_transfers", "fill_parties", "merge_claims", "to_record"]
