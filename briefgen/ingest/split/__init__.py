"""Split stage: page framing and segmentation of a document into articles."""
