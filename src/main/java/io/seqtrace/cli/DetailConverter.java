package io.seqtrace.cli;

import io.seqtrace.trace.Detail;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --detail rpc|default|full}; anything else is a usage error naming the choices. */
final class DetailConverter implements ITypeConverter<Detail> {
  @Override
  public Detail convert(String value) {
    try {
      return Detail.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
