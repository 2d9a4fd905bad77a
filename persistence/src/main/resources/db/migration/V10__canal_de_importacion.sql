-- Por dónde llegó cada importación de la bitácora: el libro de seguimiento (HOJA) o un informe
-- narrativo leído por el lector de informes (INFORME). Las anteriores fueron todas libros.
alter table importacion add column canal varchar(20) default 'HOJA' not null;
