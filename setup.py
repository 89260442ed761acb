"""Package layout that pyproject.toml cannot say: resources/ and the manual land inside the package.

The repository keeps `resources/` (translations, icons) and `docs/` (the manual) at the top,
where translators and writers find them. The wheel must still be the whole app, so they are
mapped into the package as `dorpsboek/resources/` and `dorpsboek/manual/` (package-data in
pyproject.toml says which files). `dorpsboek.ui.resources` looks inside the package first and
falls back to the checkout, so an editable install and an installed wheel find the same files.
Everything else (metadata, version, dependencies) lives in pyproject.toml.
"""

from setuptools import find_namespace_packages, find_packages, setup

# Every data folder is listed as a (namespace) package, as setuptools asks for data in folders.
RESOURCES = ["resources", *(f"resources.{name}" for name in find_namespace_packages("resources"))]

setup(
    packages=[
        *find_packages("src"),
        *(f"dorpsboek.{name}" for name in RESOURCES),
        "dorpsboek.manual",
        "dorpsboek.manual.img",
    ],
    package_dir={"": "src", "dorpsboek.resources": "resources", "dorpsboek.manual": "docs"},
)
