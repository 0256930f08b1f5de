package io.seqtrace.project;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A compact binary form of seqtrace's records (strings, ints, longs, booleans, enums, lists,
 * optionals and nested records), used to cache parsed models.
 *
 * <p>Java serialization cannot be used as is: the model holds {@link Optional}, which is not
 * serializable. This codec walks records generically, so model changes need no code here (the
 * cache key fingerprints the model's shape instead, see {@link ModelCacheKey}). Strings and class
 * names are written once per entry and referred to by index afterwards, which matters because
 * names such as {@code self} and {@code context} repeat thousands of times in a module.
 *
 * <p>Only records and enums in {@code io.seqtrace} are ever instantiated when decoding.
 */
public final class ModelCodec {
  private static final int MAGIC = 0x53514d43; // "SQMC"
  private static final String ALLOWED_PACKAGE = "io.seqtrace.";

  private static final byte NULL = 0;
  private static final byte STRING = 1;
  private static final byte INT = 2;
  private static final byte LONG = 3;
  private static final byte TRUE = 4;
  private static final byte FALSE = 5;
  private static final byte LIST = 6;
  private static final byte EMPTY = 7;
  private static final byte PRESENT = 8;
  private static final byte RECORD = 9;
  private static final byte ENUM = 10;

  private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      return Shape.of(type);
    }
  };

  private ModelCodec() {}

  /** The bytes of {@code value}; throws {@link IllegalArgumentException} for a type the codec does not know. */
  public static byte[] encode(Object value) {
    Writer writer = new Writer();
    writer.out.writeInt(MAGIC);
    writer.value(value);
    return writer.out.toByteArray();
  }

  /** The value {@code bytes} encode; throws {@link IllegalArgumentException} when they do not decode. */
  public static Object decode(byte[] bytes) {
    try {
      Reader reader = new Reader(ByteBuffer.wrap(bytes));
      if (reader.in.getInt() != MAGIC) {
        throw new IllegalArgumentException("not a model entry");
      }
      Object value = reader.value();
      if (reader.in.hasRemaining()) {
        throw new IllegalArgumentException("trailing bytes");
      }
      return value;
    } catch (BufferUnderflowException | IndexOutOfBoundsException | ArithmeticException e) {
      throw new IllegalArgumentException("truncated or damaged model entry", e);
    }
  }

  /** A record's accessors and canonical constructor, looked up once per class. */
  private record Shape(Method[] accessors, Constructor<?> constructor) {
    static Shape of(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      Method[] accessors = new Method[components.length];
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        accessors[i] = components[i].getAccessor();
        accessors[i].setAccessible(true);
        types[i] = components[i].getType();
      }
      try {
        Constructor<?> constructor = type.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        return new Shape(accessors, constructor);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("record without canonical constructor: " + type, e);
      }
    }
  }

  private static final class Writer {
    private final Output out = new Output();
    private final Map<String, Integer> strings = new HashMap<>();
    private final Map<Class<?>, Integer> classes = new HashMap<>();

    void value(Object value) {
      if (value == null) {
        out.write(NULL);
      } else if (value instanceof String s) {
        out.write(STRING);
        string(s);
      } else if (value instanceof Integer i) {
        out.write(INT);
        out.writeVarLong(i);
      } else if (value instanceof Long l) {
        out.write(LONG);
        out.writeVarLong(l);
      } else if (value instanceof Boolean b) {
        out.write(b ? TRUE : FALSE);
      } else if (value instanceof List<?> list) {
        out.write(LIST);
        out.writeVarLong(list.size());
        list.forEach(this::value);
      } else if (value instanceof Optional<?> optional) {
        if (optional.isEmpty()) {
          out.write(EMPTY);
        } else {
          out.write(PRESENT);
          value(optional.get());
        }
      } else if (value instanceof Enum<?> e) {
        out.write(ENUM);
        type(e.getDeclaringClass());
        out.writeVarLong(e.ordinal());
      } else if (value instanceof Record r) {
        out.write(RECORD);
        type(r.getClass());
        for (Method accessor : SHAPES.get(r.getClass()).accessors()) {
          value(get(accessor, r));
        }
      } else {
        throw new IllegalArgumentException("cannot encode " + value.getClass().getName());
      }
    }

    private void string(String s) {
      Integer index = strings.get(s);
      if (index != null) {
        out.writeVarLong(index + 1L);
        return;
      }
      strings.put(s, strings.size());
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      out.writeVarLong(0);
      out.writeVarLong(utf8.length);
      out.write(utf8, 0, utf8.length);
    }

    private void type(Class<?> type) {
      Integer index = classes.get(type);
      if (index != null) {
        out.writeVarLong(index + 1L);
        return;
      }
      classes.put(type, classes.size());
      out.writeVarLong(0);
      string(type.getName());
    }

    private static Object get(Method accessor, Record r) {
      try {
        return accessor.invoke(r);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + accessor, e);
      }
    }
  }

  private static final class Reader {
    private final ByteBuffer in;
    private final List<String> strings = new ArrayList<>();
    private final List<Class<?>> classes = new ArrayList<>();

    Reader(ByteBuffer in) {
      this.in = in;
    }

    Object value() {
      byte tag = in.get();
      return switch (tag) {
        case NULL -> null;
        case STRING -> string();
        case INT -> Math.toIntExact(readVarLong());
        case LONG -> readVarLong();
        case TRUE -> Boolean.TRUE;
        case FALSE -> Boolean.FALSE;
        case LIST -> list();
        case EMPTY -> Optional.empty();
        case PRESENT -> Optional.of(value());
        case ENUM -> enumConstant();
        case RECORD -> record();
        default -> throw new IllegalArgumentException("unknown tag " + tag);
      };
    }

    private List<Object> list() {
      int size = count();
      List<Object> list = new ArrayList<>(Math.min(size, in.remaining()));
      for (int i = 0; i < size; i++) {
        list.add(value());
      }
      return list;
    }

    private Object enumConstant() {
      Class<?> type = type();
      if (!type.isEnum()) {
        throw new IllegalArgumentException("not an enum: " + type.getName());
      }
      return type.getEnumConstants()[count()];
    }

    private Object record() {
      Class<?> type = type();
      if (!type.isRecord()) {
        throw new IllegalArgumentException("not a record: " + type.getName());
      }
      Shape shape = SHAPES.get(type);
      Object[] args = new Object[shape.accessors().length];
      for (int i = 0; i < args.length; i++) {
        args[i] = value();
      }
      try {
        return shape.constructor().newInstance(args);
      } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
        throw new IllegalArgumentException("cannot rebuild " + type.getName(), e);
      }
    }

    private String string() {
      int ref = count();
      if (ref > 0) {
        return strings.get(ref - 1);
      }
      int length = count();
      if (length > in.remaining()) {
        throw new IllegalArgumentException("string longer than the entry");
      }
      byte[] utf8 = new byte[length];
      in.get(utf8);
      String s = new String(utf8, StandardCharsets.UTF_8);
      strings.add(s);
      return s;
    }

    private Class<?> type() {
      int ref = count();
      if (ref > 0) {
        return classes.get(ref - 1);
      }
      String name = string();
      if (!name.startsWith(ALLOWED_PACKAGE)) {
        throw new IllegalArgumentException("refusing to decode " + name);
      }
      try {
        Class<?> type = Class.forName(name, false, ModelCodec.class.getClassLoader());
        classes.add(type);
        return type;
      } catch (ClassNotFoundException e) {
        throw new IllegalArgumentException("unknown class " + name, e);
      }
    }

    private int count() {
      long n = readVarLong();
      if (n < 0 || n > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("bad count " + n);
      }
      return (int) n;
    }

    /** Zig-zag LEB128, the inverse of {@link Output#writeVarLong}. */
    private long readVarLong() {
      long raw = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        byte b = in.get();
        raw |= (long) (b & 0x7f) << shift;
        if (b >= 0) {
          return (raw >>> 1) ^ -(raw & 1);
        }
      }
      throw new IllegalArgumentException("varint too long");
    }
  }

  /** A byte array output with variable-length integers. */
  private static final class Output extends ByteArrayOutputStream {
    Output() {
      super(4096);
    }

    void writeInt(int v) {
      write(v >>> 24);
      write(v >>> 16);
      write(v >>> 8);
      write(v);
    }

    /** Zig-zag LEB128: small numbers of either sign take one byte, most lines and columns two. */
    void writeVarLong(long v) {
      long raw = (v << 1) ^ (v >> 63);
      while ((raw & ~0x7fL) != 0) {
        write((int) ((raw & 0x7f) | 0x80));
        raw >>>= 7;
      }
      write((int) raw);
    }
  }
}
