"""Reports drawn with Qt: charts painted on images and the document printed to PDF."""
