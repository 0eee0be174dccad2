package org.parley.cli.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * A table as one Parquet file: every column optional (unknown values are nulls), strings as UTF-8
 * binary, Snappy-compressed, as Spark and pandas read by default.
 */
public final class ParquetExport {

    private ParquetExport() {
    }

    public static void write(ExportTable table, Path file) throws IOException {
        MessageType schema = schema(table);
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
                .withType(schema)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withCompressionCodec(CompressionCodecName.SNAPPY)
                .build()) {
            for (List<Object> row : table.rows()) {
                Group g = groups.newGroup();
                for (int i = 0; i < row.size(); i++) {
                    add(g, table.columns().get(i), row.get(i));
                }
                writer.write(g);
            }
        }
    }

    static MessageType schema(ExportTable table) {
        Types.MessageTypeBuilder message = Types.buildMessage();
        for (ExportTable.Column c : table.columns()) {
            switch (c.kind()) {
                case STRING -> message.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
                        .named(c.name());
                case LONG -> message.optional(PrimitiveTypeName.INT64).named(c.name());
                case DOUBLE -> message.optional(PrimitiveTypeName.DOUBLE).named(c.name());
                case BOOLEAN -> message.optional(PrimitiveTypeName.BOOLEAN).named(c.name());
            }
        }
        return message.named("parley");
    }

    private static void add(Group g, ExportTable.Column c, Object v) {
        if (v == null) {
            return;
        }
        switch (c.kind()) {
            case STRING -> g.add(c.name(), (String) v);
            case LONG -> g.add(c.name(), ((Number) v).longValue());
            case DOUBLE -> g.add(c.name(), ((Number) v).doubleValue());
            case BOOLEAN -> g.add(c.name(), (Boolean) v);
        }
    }
}
