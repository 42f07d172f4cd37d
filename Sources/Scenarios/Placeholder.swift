public enum ScenarioCatalog {}
