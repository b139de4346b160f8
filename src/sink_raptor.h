/* A fact sink that writes through a raptor2 serializer to a FILE*.
 * The FILE* stays the caller's; write errors are detected here (raptor
 * 2.0.15 reports none) by checking the stream. */
#ifndef RELKG_SINK_RAPTOR_H
#define RELKG_SINK_RAPTOR_H
#include <stdio.h>
#include "buf.h"
#include "format.h"
#include "sink.h"

/* Fills *sink.  base may be NULL. */
RELKG_NODISCARD relkg_status relkg_sink_raptor_new(relkg_sink *sink, const relkg_format *fmt,
	FILE *out, const char *base);

/* The same, writing into out (appended; the buffer stays the caller's and
 * must outlive the sink).  For workers serializing an article to memory. */
RELKG_NODISCARD relkg_status relkg_sink_raptor_new_buf(relkg_sink *sink,
	const relkg_format *fmt, relkg_buf *out, const char *base);

/* Ends the serialization (Turtle writes everything here), flushes, and
 * reports any write error. Call once before sink->free. */
RELKG_NODISCARD relkg_status relkg_sink_raptor_finish(relkg_sink *sink);

#endif
